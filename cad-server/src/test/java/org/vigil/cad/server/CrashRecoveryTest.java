package org.vigil.cad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.console.Role;
import org.vigil.cad.console.UserStore;
import org.vigil.cad.core.journal.ChronicleJournal;
import org.vigil.cad.core.journal.JournaledEvent;
import org.vigil.cad.core.recovery.Recovery;
import org.vigil.cad.core.recovery.ReplayProgress;
import org.vigil.cad.core.testing.Await;
import org.vigil.cad.core.engine.EngineConfig;
import picocli.CommandLine;

/**
 * A real process crash: dispatchers work a real {@code cad serve} over HTTP, the JVM is killed with
 * SIGKILL mid-load, and the restarted server must hold every event it ever acknowledged, with the
 * same state an independent replay of the journal builds.
 */
class CrashRecoveryTest {
    private static final String PASSWORD = "correct horse battery";
    private static final int WORKERS = 4;
    private static final int ACKED_EVENTS_BEFORE_KILL = 1_500;

    @TempDir
    Path data;

    record Ack(long index, String type, String subject) {
    }

    @Test
    void everyAcknowledgedEventSurvivesSigkillAndTwoRestartsRebuildTheSameState() throws Exception {
        UserStore.open(data).add("chief", Role.ADMIN, PASSWORD.toCharArray());
        Queue<Ack> acks = new ConcurrentLinkedQueue<>();
        Queue<String> refusals = new ConcurrentLinkedQueue<>();

        try (ServerProcess first = ServerProcess.serve(data)) {
            List<Thread> dispatchers = startDispatchers(first.port(), acks, refusals);
            Await.until(ACKED_EVENTS_BEFORE_KILL + " acknowledged events", () -> acks.size() >= ACKED_EVENTS_BEFORE_KILL,
                    Duration.ofSeconds(120), () -> acks.size() + " so far; refusals " + refusals + "\n" + first.output());
            first.kill();
            for (Thread d : dispatchers) {
                d.join(Duration.ofSeconds(30).toMillis());
            }
        }
        assertTrue(refusals.isEmpty(), "the workload only sends valid commands: " + refusals);

        String afterCrash;
        try (ServerProcess second = ServerProcess.serve(data)) {
            afterCrash = second.startupHash();
            ApiClient supervisor = new ApiClient(second.port()).login("chief", PASSWORD, "SUP");
            JsonNode hash = supervisor.get("/api/admin/state-hash").body();
            assertEquals(afterCrash, hash.get("stateHash").asText(), "the live engine is the recovered one");
            second.stop();
            assertTrue(second.output().contains("final snapshot saved"), second.output());
        }
        try (ServerProcess third = ServerProcess.serve(data)) {
            assertEquals(afterCrash, third.startupHash(), "a second restart, now from the shutdown snapshot");
            assertTrue(third.output().matches("(?s).*recovered 0 events after snapshot \\d+.*"), third.output());
            third.stop();
        }

        Map<Long, JournaledEvent> journal = readJournal();
        for (Ack ack : acks) {
            JournaledEvent e = journal.get(ack.index());
            assertNotNull(e, "acknowledged event " + ack + " is missing from the journal");
            assertEquals(ack.type(), e.event().getClass().getSimpleName(), "event at " + ack.index());
            assertEquals(ack.subject(), e.subject(), "event at " + ack.index());
        }
        assertEquals(afterCrash, independentReplayHash(), "an independent full replay of the journal");
        assertEquals(afterCrash, cadReplayHash(), "cad replay");
    }

    private List<Thread> startDispatchers(int port, Queue<Ack> acks, Queue<String> refusals) throws Exception {
        ApiClient admin = new ApiClient(port).login("chief", PASSWORD, "ADM");
        AtomicBoolean crashed = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            String unit = "E" + (w + 1);
            record(admin.post("/api/units", Map.of("unitId", unit, "unitType", "ENGINE", "agency", "FIRE",
                    "station", "ST" + (w + 1), "homeLatitude", 37.77, "homeLongitude", -122.44)), acks, refusals);
            ApiClient dispatcher = new ApiClient(port).login("chief", PASSWORD, "D" + (w + 1));
            Thread t = new Thread(() -> workIncidents(dispatcher, unit, acks, refusals, crashed), "dispatcher-" + w);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        return threads;
    }

    /** One dispatcher working incidents end to end with one engine, until the server dies under it. */
    private static void workIncidents(ApiClient api, String unit, Queue<Ack> acks, Queue<String> refusals,
                                      AtomicBoolean crashed) {
        try {
            while (!crashed.get()) {
                JsonNode created = record(api.post("/api/incidents", Map.of("type", "STRUCTURE FIRE", "priority", 2,
                        "address", "100 Block of MASONIC AVE", "latitude", 37.7749, "longitude", -122.4466,
                        "narrative", "smoke showing from second floor")), acks, refusals);
                String number = created.get("incidentNumber").asText();
                record(api.post("/api/incidents/" + number + "/assign", Map.of("units", List.of(unit))), acks, refusals);
                record(api.post("/api/units/" + unit + "/status", Map.of("status", "ENROUTE")), acks, refusals);
                record(api.post("/api/units/" + unit + "/position", Map.of("latitude", 37.775, "longitude", -122.445)),
                        acks, refusals);
                record(api.post("/api/units/" + unit + "/status", Map.of("status", "ONSCENE")), acks, refusals);
                record(api.post("/api/incidents/" + number + "/narrative", Map.of("text", "knockdown")), acks, refusals);
                record(api.post("/api/incidents/" + number + "/close", Map.of("disposition", "FIRE")), acks, refusals);
            }
        } catch (IOException | RuntimeException e) {
            crashed.set(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode record(ApiClient.Reply reply, Queue<Ack> acks, Queue<String> refusals) {
        if (reply.status() >= 300) {
            refusals.add(reply.toString());
            throw new IllegalStateException("refused: " + reply);
        }
        collect(reply.body().path("events"), acks);
        reply.body().path("results").forEach(result -> collect(result.path("events"), acks));
        return reply.body();
    }

    private static void collect(JsonNode events, Queue<Ack> acks) {
        events.forEach(e -> acks.add(new Ack(e.get("index").asLong(), e.get("type").asText(), e.get("subject").asText())));
    }

    private Map<Long, JournaledEvent> readJournal() {
        Map<Long, JournaledEvent> byIndex = new HashMap<>();
        JournalOnDisk.entries(data).forEach(e -> byIndex.put(e.index(), e));
        return byIndex;
    }

    private String independentReplayHash() {
        try (ChronicleJournal journal = ChronicleJournal.builder(data.resolve("journal")).open()) {
            return HashFormat.hex(Recovery.recover(EngineConfig.defaults(), Optional.empty(), journal,
                    ReplayProgress.NONE).engine().stateHash());
        }
    }

    private String cadReplayHash() {
        StringWriter out = new StringWriter();
        CommandLine cli = CadMain.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute("replay", "--data", data.toString()), out.toString());
        return out.toString().lines().filter(l -> l.startsWith("state hash: ")).findFirst()
                .map(l -> l.substring("state hash: ".length())).orElseThrow(() -> new AssertionError(out.toString()));
    }
}
