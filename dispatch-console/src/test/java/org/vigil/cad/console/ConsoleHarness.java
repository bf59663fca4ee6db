package org.vigil.cad.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.vigil.cad.console.board.CallBoard;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.gateway.SystemMicrosClock;
import org.vigil.cad.core.journal.ChronicleJournal;
import org.vigil.cad.core.journal.Journal;
import org.vigil.cad.core.pipeline.CommandPipeline;
import org.vigil.cad.core.pipeline.PipelineConfig;
import org.vigil.cad.core.testing.VigilThreads;

/**
 * A real console on an ephemeral loopback port over a real pipeline and journal, driven over real HTTP.
 * Time is a {@link MutableClock} shared by the sessions and the gateway.
 */
final class ConsoleHarness implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T15:09:26Z"));
    final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final Journal journal;
    final JournalPosition journalPosition = new JournalPosition(Journal.NO_INDEX);
    final CommandPipeline pipeline;
    private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, new VigilThreads("console-boss"),
            NioIoHandler.newFactory());
    private final EventLoopGroup workers = new MultiThreadIoEventLoopGroup(2, new VigilThreads("console-io"),
            NioIoHandler.newFactory());
    private final ExecutorService passwordChecks = Executors.newSingleThreadExecutor(new VigilThreads("passwords"));
    private final ConsoleHttpServer server;
    final int port;
    final CallBoard callBoard = new CallBoard();

    private ConsoleHarness(Path dataDir, Journal journal, UnaryOperator<ConsoleServerConfig> configure)
            throws IOException {
        TestUsers.writeInto(dataDir);
        this.journal = journal;
        this.pipeline = new CommandPipeline(new DispatchEngine(EngineConfig.defaults()), journal,
                List.of(journalPosition, callBoard), null, new SystemMicrosClock(clock), PipelineConfig.defaults(),
                new VigilThreads("pipeline"), metrics);
        ConsoleServices services = new ConsoleServices(pipeline, journalPosition, callBoard, UserStore.open(dataDir),
                metrics, clock, passwordChecks);
        ConsoleServerConfig config = configure.apply(ConsoleServerConfig.defaults().withPort(0));
        this.server = new ConsoleHttpServer(config, services, boss, workers);
        this.port = server.start();
    }

    /** A console over a Chronicle journal in {@code dataDir/journal}. */
    static ConsoleHarness start(Path dataDir) throws IOException {
        return start(dataDir, chronicle(dataDir), config -> config);
    }

    static ConsoleHarness start(Path dataDir, Journal journal, UnaryOperator<ConsoleServerConfig> configure)
            throws IOException {
        return new ConsoleHarness(dataDir, journal, configure);
    }

    static Journal chronicle(Path dataDir) {
        return ChronicleJournal.builder(dataDir.resolve("journal")).blockSizeBytes(256 << 10).open();
    }

    /** An answer as the client saw it; {@code json} is null when the body is not JSON. */
    record Reply(int status, String body, JsonNode json, HttpHeaders headers) {
        String text(String field) {
            return json.path(field).asText();
        }
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    Reply post(String path, String token, String body) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in and returns the bearer token; fails the test unless the login succeeds. */
    String login(String user, String position) {
        Reply reply = post("/api/login", null, "{\"user\":\"" + user + "\",\"password\":\"" + TestUsers.PASSWORD
                + "\",\"position\":\"" + position + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.text("token");
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(WAIT)
                .header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
            JsonNode json = isJson ? JSON.readTree(response.body()) : null;
            return new Reply(response.statusCode(), response.body(), json, response.headers());
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    /** Stops everything in dependency order and waits for every thread the harness started. */
    @Override
    public void close() throws InterruptedException {
        server.close();
        pipeline.close();
        journal.close();
        passwordChecks.shutdownNow();
        boolean stopped = passwordChecks.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS)
                & boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(WAIT.toSeconds(), TimeUnit.SECONDS)
                & workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (!stopped) {
            throw new IllegalStateException("console harness threads did not stop within " + WAIT);
        }
    }
}
