package org.vigil.cad.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.console.ConsoleHarness.Reply;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;

@ExtendWith(NoLeakedThreadsExtension.class)
class PipelineTroubleTest {
    private static final String REGISTER_E12 = "{\"unitId\":\"E12\",\"unitType\":\"engine\"}";

    @TempDir
    Path dataDir;

    @Test
    void aPipelineThatCannotJournalAnswers503AndHealthSaysDown() throws Exception {
        try (ConsoleHarness console = ConsoleHarness.start(dataDir, TroubledJournals.broken(), c -> c)) {
            String admin = console.login(TestUsers.ADMIN, "ADM");

            Reply first = console.post("/api/units", admin, REGISTER_E12);
            assertEquals(503, first.status(), first.body());
            assertEquals("unavailable", first.text("error"));
            assertTrue(first.text("detail").contains("disk full"), first.body());

            Reply later = console.post("/api/units", admin, REGISTER_E12);
            assertEquals(503, later.status(), later.body());

            Reply health = console.get("/health", null);
            assertEquals(503, health.status());
            assertEquals("DOWN", health.text("status"));
            assertTrue(health.text("reason").contains("disk full"), health.body());
        }
    }

    @Test
    void aPipelineThatDoesNotAnswerInTimeGets503WithoutHoldingTheEventLoop() throws Exception {
        TroubledJournals.Stuck journal = new TroubledJournals.Stuck();
        try (ConsoleHarness console = ConsoleHarness.start(dataDir, journal,
                c -> c.withRequestTimeout(Duration.ofSeconds(2)))) {
            String admin = console.login(TestUsers.ADMIN, "ADM");

            Reply reply = console.post("/api/units", admin, REGISTER_E12);

            assertEquals(503, reply.status(), reply.body());
            assertEquals("timeout", reply.text("error"));
            assertEquals(200, console.get("/health", null).status(), "other requests are still served");
            journal.release();
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInTheOrderSent() throws Exception {
        try (ConsoleHarness console = ConsoleHarness.start(dataDir);
             Socket socket = new Socket("127.0.0.1", console.port)) {
            socket.setSoTimeout((int) ConsoleHarness.WAIT.toMillis());
            String slowLogin = "{\"user\":\"dan\",\"password\":\"wrong-password\",\"position\":\"D1\"}";
            String requests = "POST /api/login HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + slowLogin.length() + "\r\n\r\n" + slowLogin
                    + "GET /health HTTP/1.1\r\nHost: test\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(requests.getBytes(StandardCharsets.US_ASCII));
            out.flush();

            InputStream in = new BufferedInputStream(socket.getInputStream());
            assertEquals(List.of(401, 200), List.of(readStatus(in), readStatus(in)),
                    "the slow login is answered before the quick health check sent after it");
        }
    }

    /** Reads one HTTP/1.1 response with a Content-Length and returns its status code. */
    private static int readStatus(InputStream in) throws IOException {
        String statusLine = readLine(in);
        int contentLength = 0;
        List<String> headers = new ArrayList<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            headers.add(line);
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                contentLength = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        if (in.readNBytes(contentLength).length != contentLength) {
            throw new IOException("short body after " + statusLine + " " + headers);
        }
        return Integer.parseInt(statusLine.split(" ")[1]);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-response");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
