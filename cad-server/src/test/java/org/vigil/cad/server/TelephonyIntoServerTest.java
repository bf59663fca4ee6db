package org.vigil.cad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.event.Event;

/** Calls into a real {@code cad serve} through its real ports, then read back from its journal. */
class TelephonyIntoServerTest {
    private static final byte STX = 0x02;
    private static final byte ETX = 0x03;
    private static final byte ACK = 0x06;
    /** A real Phase II record, kept verbatim (with its licence note) in the telephony adapter's golden files. */
    private static final Path WPH2 = Path.of("..", "telephony-adapter", "src", "test", "resources", "ali",
            "jefferson-ny-911ai-ali-wph2_vzw.txt");

    @TempDir
    Path data;

    @Test
    void anAliSpillAndFeedLinesBecomeJournaledCallsAndAHoldUpAlarmAtACityBuildingAnIncident() throws Exception {
        Files.writeString(data.resolve(CityAlarmIntake.FILE_NAME), "# city buildings\nCITY-0001\n");
        byte[] spill = Files.readAllBytes(WPH2);
        try (ServerProcess server = ServerProcess.serve(data)) {
            try (Socket ali = new Socket("127.0.0.1", server.aliPort())) {
                OutputStream out = ali.getOutputStream();
                out.write(STX);
                out.write(spill);
                out.write(ETX);
                out.flush();
                ali.setSoTimeout(10_000);
                assertEquals(ACK, ali.getInputStream().read(), "ACK once the call is journaled");
            }
            List<String> answers = feed(server.feedPort(),
                    "{\"event\":\"admin.offered\",\"line\":\"ADMIN-2\",\"ani\":\"4155550142\"}",
                    "{\"event\":\"alarm.signal\",\"company\":\"Bay Alarm\",\"account\":\"CITY-0001\",\"alarmType\":\"ROBBERY\","
                            + "\"premises\":\"City Hall\",\"address\":\"1 DR CARLTON B GOODLETT PL\",\"zone\":\"3\","
                            + "\"latitude\":37.7793,\"longitude\":-122.4193}");
            assertEquals("{\"ok\":true,\"callId\":2}", answers.get(0));
            assertEquals("{\"ok\":true,\"callId\":3}", answers.get(1));
            server.stop();
        }
        List<Event> journal = journal();
        Event.CallOffered offered = (Event.CallOffered) journal.get(0);
        assertEquals(CallSource.EMERGENCY_911, offered.source());
        assertEquals("3155550107", offered.ani());
        assertEquals("WPH2", offered.classOfService());
        assertEquals(43.788, offered.location().latitude(), 1e-9);
        assertEquals(51.0, offered.location().uncertaintyMeters());
        assertEquals(90, offered.location().confidencePercent());
        assertEquals(new String(Files.readAllBytes(WPH2), StandardCharsets.ISO_8859_1), offered.rawInput().replaceAll("^\u0002|\u0003$", ""),
                "the spill is journaled byte for byte");
        assertEquals(CallSource.ADMIN_LINE, ((Event.CallOffered) journal.get(1)).source());
        assertEquals(CallSource.ALARM, ((Event.CallOffered) journal.get(2)).source());
        Event.IncidentCreated incident = (Event.IncidentCreated) journal.get(3);
        assertEquals(3, incident.callId(), "the incident is linked to the alarm call");
        assertEquals(1, incident.priority());
        assertTrue(journal.get(4) instanceof Event.NarrativeAdded n && n.author().equals("alarm-intake"), journal.toString());
    }

    @Test
    void sippCompletesAnNg911CallAgainstTheRunningServerAndTheCallIsJournaledWithItsLocation() throws Exception {
        Path scenario = Path.of("..", "telephony-adapter", "src", "test", "resources", "sip", "sipp",
                "ng911-uac-pidf-lo.xml").toAbsolutePath();
        try (ServerProcess server = ServerProcess.serve(data)) {
            Path work = Files.createDirectories(data.resolve("sipp"));
            Process sipp = new ProcessBuilder(sippOnPath(), "-sf", scenario.toString(), "127.0.0.1:" + server.sipPort(),
                    "-i", "127.0.0.1", "-p", Integer.toString(freeUdpPort()), "-m", "1", "-l", "1",
                    "-timeout", "30s", "-timeout_error", "-nostdin", "-trace_err")
                    .directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("sipp-output.txt").toFile()).start();
            assertTrue(sipp.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "sipp did not finish");
            assertEquals(0, sipp.exitValue(), "sipp's INVITE/200/ACK/BYE scenario did not complete:\n"
                    + Files.readString(work.resolve("sipp-output.txt")) + server.output());
            server.stop();
        }
        List<Event> journal = journal();
        Event.CallOffered offered = (Event.CallOffered) journal.get(0);
        assertEquals(CallSource.EMERGENCY_911, offered.source());
        assertTrue(offered.location().hasValidPosition(), "the PIDF-LO position reached the call: " + offered);
        assertTrue(offered.rawInput().startsWith("INVITE "), "the SIP message is journaled as received: " + offered.rawInput());
        // The SIP 200 OK accepts the call for the CAD; no call-taker answered it, so the BYE abandons it.
        assertTrue(journal.stream().anyMatch(e -> e instanceof Event.CallAbandoned a && a.callId() == offered.callId()),
                "BYE ended the call: " + journal);
    }

    private static String sippOnPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            java.io.File candidate = new java.io.File(dir, "sipp");
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        throw new AssertionError("sipp is not on PATH: install Debian's sip-tester; .ci/run installs it");
    }

    private static int freeUdpPort() throws Exception {
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static List<String> feed(int port, String... lines) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> answers = new ArrayList<>();
            for (String ignored : lines) {
                answers.add(in.readLine());
            }
            return answers;
        }
    }

    private List<Event> journal() {
        return JournalOnDisk.events(data);
    }
}
