package org.vigil.cad.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.cad.core.testing.Await;

/** {@code cad serve} as a real child JVM, so a test can kill it the way a power cut or an OOM killer would. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile(
            "Vigil serving http://127\\.0\\.0\\.1:(\\d+)/ .*state hash ([0-9a-f]{16})\\)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private static final Pattern CALLS = Pattern.compile("ALI tcp/(\\d+), SIP udp\\+tcp/(\\d+), feed tcp/(\\d+)");

    private final int port;
    private final String startupHash;
    private final Matcher callPorts;

    private ServerProcess(Process process) {
        this.process = process;
        drain(process.getInputStream(), "stdout");
        drain(process.getErrorStream(), "stderr");
        Matcher serving = Await.until("the server to print its address", this::servingLine, Duration.ofSeconds(60),
                () -> process.isAlive() ? String.join("\n", output) : "server exited: " + String.join("\n", output));
        this.port = Integer.parseInt(serving.group(1));
        this.startupHash = serving.group(2);
        this.callPorts = Await.until("the server to print its telephony ports", () -> find(CALLS),
                Duration.ofSeconds(30), this::output);
    }

    static ServerProcess serve(Path dataDir, String... extraArgs) throws IOException {
        List<String> command = new ArrayList<>(JavaCommand.forMainClass(CadMain.class));
        command.addAll(List.of("serve", "--data", dataDir.toString(), "--http-port", "0", "--ali-port", "0", "--sip-port", "0",
                "--feed-port", "0", "--zone", "UTC"));
        command.addAll(List.of(extraArgs));
        return new ServerProcess(new ProcessBuilder(command).start());
    }

    int port() {
        return port;
    }

    /** The state hash the server printed after recovering, before it took any command. */
    String startupHash() {
        return startupHash;
    }

    String output() {
        return String.join("\n", output);
    }

    /** SIGKILL: no shutdown hook, no final snapshot, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not die");
        }
    }

    /** SIGTERM: the shutdown hook saves a snapshot and closes the journal; the JVM then exits with 143. */
    int stop() throws InterruptedException {
        // Through the handle: Process.destroy() would also close our end of its output before it is read.
        process.toHandle().destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not stop within 60 s:\n" + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    int aliPort() {
        return Integer.parseInt(callPorts.group(1));
    }

    int sipPort() {
        return Integer.parseInt(callPorts.group(2));
    }

    int feedPort() {
        return Integer.parseInt(callPorts.group(3));
    }

    private Matcher find(Pattern pattern) {
        for (String line : output) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private Matcher servingLine() {
        Matcher found = find(SERVING);
        if (found != null) {
            return found;
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("the server exited before serving:\n" + output());
        }
        return null;
    }

    private void drain(InputStream stream, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add(name + " closed: " + e.getMessage());
            }
        }, "server-" + name);
        reader.setDaemon(true);
        reader.start();
    }
}
