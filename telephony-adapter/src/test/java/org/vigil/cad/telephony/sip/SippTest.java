package org.vigil.cad.telephony.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.core.testing.Await;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;
import org.vigil.cad.telephony.InboundCall;

/**
 * The real SIPp (Debian package sip-tester) places calls against the running listener: the NG9-1-1 scenario
 * built from the tamu INVITE template, over UDP and over TCP, and SIPp's built-in UAC. The scenario must
 * complete (SIPp exits 0) and the call must reach the sink with its location, class of service and hang-up.
 */
@ExtendWith(NoLeakedThreadsExtension.class)
class SippTest {
    private static final Duration SIPP_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path workDir;
    private SipServerHarness harness;

    @BeforeEach
    void start() {
        harness = new SipServerHarness();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void ng911CallWithPidfLoAndAdditionalDataOverUdp() throws Exception {
        runSipp(List.of("-sf", scenario().toString()), "u1");
        assertTheNg911Call();
    }

    @Test
    void ng911CallWithPidfLoAndAdditionalDataOverTcp() throws Exception {
        runSipp(List.of("-sf", scenario().toString(), "-t", "t1"), "t1");
        assertTheNg911Call();
        assertTrue(harness.sink.offers().get(0).fields().get("sip.transport").startsWith("TCP "));
    }

    @Test
    void sippsBuiltInUacCompletes() throws Exception {
        runSipp(List.of("-sn", "uac"), "u1");
        Await.until("the hang-up", () -> harness.sink.hungUp().size() == 1, Duration.ofSeconds(5));
        InboundCall call = harness.sink.offers().get(0);
        assertEquals("", call.ani(), "the built-in UAC calls from sip:sipp@..., which is no number");
        assertTrue(call.problems().contains("no location by value in the message: location unknown"),
                call.problems()::toString);
    }

    private void assertTheNg911Call() {
        Await.until("the hang-up", () -> harness.sink.hungUp().size() == 1, Duration.ofSeconds(5),
                () -> harness.sink.hungUp().toString());
        assertEquals(1, harness.sink.offers().size());
        InboundCall call = harness.sink.offers().get(0);
        assertEquals("12025551212", call.ani());
        assertEquals("BUSN", call.classOfService());
        assertEquals(40.71668300756087, call.location().latitude(), 1e-6);
        assertEquals(-73.99069756654683, call.location().longitude(), 1e-6);
        assertEquals("Example VoIP Provider", call.fields().get("provider.name"));
        assertEquals(List.of(), call.problems());
        assertEquals(List.of(harness.sink.idOfOffer(0)), harness.sink.hungUp());
        assertEquals(0, harness.counter("vigil.sip.malformed"));
    }

    private Path scenario() throws Exception {
        return Path.of(SippTest.class.getResource("/sip/sipp/ng911-uac-pidf-lo.xml").toURI());
    }

    private void runSipp(List<String> scenarioArguments, String transport) throws Exception {
        String sipp = sippOnPath();
        List<String> command = new ArrayList<>(List.of(sipp));
        command.addAll(scenarioArguments);
        command.addAll(List.of("127.0.0.1:" + harness.port, "-i", "127.0.0.1", "-p",
                Integer.toString(freePort(transport)), "-m", "1", "-l", "1", "-timeout", "20s", "-timeout_error",
                "-nostdin", "-trace_err", "-trace_msg"));
        File output = workDir.resolve("sipp-output.txt").toFile();
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(output).start();
        if (!process.waitFor(SIPP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("sipp did not finish within " + SIPP_LIMIT + "\n" + logs());
        }
        assertEquals(0, process.exitValue(), "sipp's scenario did not complete:\n" + logs());
    }

    /** SIPp writes its message and error traces next to where it runs; they explain a failure. */
    private String logs() throws Exception {
        StringBuilder logs = new StringBuilder();
        try (Stream<Path> files = Files.list(workDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log") || f.toString().endsWith(".txt"))
                    .toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                logs.append("--- ").append(file.getFileName()).append('\n')
                        .append(text.length() > 6000 ? text.substring(text.length() - 6000) : text).append('\n');
            }
        }
        return logs.toString();
    }

    private static String sippOnPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, "sipp");
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return fail("sipp is not on PATH: install Debian's sip-tester (apt-get install -y sip-tester); CI installs it");
    }

    private static int freePort(String transport) throws Exception {
        if (transport.startsWith("t")) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
