package org.vigil.cad.telephony.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.testing.Await;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;
import org.vigil.cad.telephony.InboundCall;
import org.vigil.cad.telephony.sip.SipMessage;
import org.vigil.cad.telephony.sip.SipMessageParser;
import org.vigil.cad.telephony.sip.SipParseResult;

/** The INVITE writer read back by Vigil's SIP parser, and whole dialogs played against the real SIP listener. */
@ExtendWith(NoLeakedThreadsExtension.class)
class SipInviteWriterTest {
    private static final Ng911Call WIRELESS = new Ng911Call("t1-7", "4155550107", "DOE, JANE", "WIRELESS", 37.759912,
            -122.414823, 35, 90, "GPS");

    @Test
    void theInviteIsCompleteSipWithAContentLengthThatFitsItsBody() {
        SipInvite invite = new SipInviteWriter("127.0.0.1", 5070).invite(WIRELESS);

        SipParseResult parsed = SipMessageParser.parse(invite.bytes());

        assertTrue(parsed.ok(), parsed.error());
        SipMessage message = parsed.message();
        assertEquals("INVITE", message.method());
        assertEquals("urn:service:sos", message.requestUri());
        assertEquals(Integer.toString(message.body().length), message.headers().firstOrEmpty("Content-Length"));
        assertEquals(invite.bytes().length, message.rawText().indexOf("\r\n\r\n") + 4 + message.body().length,
                "the body is exactly Content-Length long");
        for (String header : List.of("Via", "From", "To", "Call-ID", "CSeq", "Contact", "P-Asserted-Identity",
                "Geolocation", "Call-Info")) {
            assertTrue(message.headers().contains(header), header + " in\n" + message.rawText());
        }
        assertEquals("\"DOE, JANE\" <tel:+14155550107>", message.headers().firstOrEmpty("P-Asserted-Identity"));
        assertEquals(invite.branch(), message.branch());
        assertTrue(message.headers().firstOrEmpty("Content-Type").startsWith("multipart/mixed; boundary="));
        String body = new String(message.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("Content-Type: application/sdp"), body);
        assertTrue(body.contains("<gs:radius uom=\"urn:ogc:def:uom:EPSG::9001\">35.0</gs:radius>"), body);
        assertTrue(body.contains("<svc:ServiceType>wireless</svc:ServiceType>"), body);
    }

    @Test
    void theSameCallIsWrittenTheSameWayEveryTime() {
        SipInviteWriter writer = new SipInviteWriter("127.0.0.1", 5070);
        assertEquals(new String(writer.invite(WIRELESS).bytes(), StandardCharsets.UTF_8),
                new String(writer.invite(WIRELESS).bytes(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({
        "WIRELESS, 35,  90, Circle, GPS",
        "VOIP,     NaN, 0,  Point,  Manual",
        "RESD,     NaN, 0,  Point,  Wiremap",
        "BUSN,     12,  68, Circle, Wiremap",
        "COIN,     NaN, 0,  Point,  Wiremap"})
    void vigilReadsBackTheCallerTheClassOfServiceAndTheLocationThenTheHangUp(String classOfService, double radius,
            int confidence, String shape, String method) throws Exception {
        RecordingSink sink = new RecordingSink(RecordingSink.Mode.JOURNAL);
        try (VigilListeners vigil = new VigilListeners(sink); Uac uac = new Uac(vigil.sipPort)) {
            Ng911Call call = new Ng911Call("t1-" + classOfService, "6285550188", "ROE, RICHARD", classOfService,
                    37.7941, -122.4078, radius, confidence, method);
            SipInvite invite = uac.writer.invite(call);

            uac.send(invite.bytes());
            SipMessage ok = uac.receiveUntil(200, "INVITE");
            SipDialog dialog = SipDialog.of(invite, ok);
            uac.send(uac.writer.ack(dialog));
            uac.send(uac.writer.bye(dialog));
            assertEquals(200, uac.receiveUntil(200, "BYE").statusCode());

            InboundCall received = sink.offers().get(0);
            assertEquals("16285550188", received.ani());
            assertEquals("ROE, RICHARD", received.callerName());
            assertEquals(classOfService, received.classOfService());
            assertEquals(invite.emergencyCallId(), received.rebidKey());
            Location location = received.location();
            assertEquals(37.7941, location.latitude(), 1e-9);
            assertEquals(-122.4078, location.longitude(), 1e-9);
            assertEquals(radius, location.uncertaintyMeters(), 1e-9);
            assertEquals(confidence, location.confidencePercent());
            assertEquals(shape, received.fields().get("location.shape"));
            assertEquals(method, received.fields().get("location.method"));
            assertEquals(List.of(), received.problems());
            Await.until("the BYE to hang the call up", () -> sink.hungUp().equals(List.of(1L)), VigilListeners.WAIT,
                    () -> sink.hungUp().toString());
        }
    }

    @Test
    void aCallerWhoCancelsWhileItRingsGets487AndIsHungUp() throws Exception {
        RecordingSink sink = new RecordingSink(RecordingSink.Mode.HOLD);
        try (VigilListeners vigil = new VigilListeners(sink); Uac uac = new Uac(vigil.sipPort)) {
            SipInvite invite = uac.writer.invite(WIRELESS);
            uac.send(invite.bytes());
            uac.receiveUntil(180, "INVITE");

            uac.send(uac.writer.cancel(invite));

            assertEquals(200, uac.receiveUntil(200, "CANCEL").statusCode());
            SipMessage terminated = uac.receiveUntil(487, "INVITE");
            uac.send(uac.writer.ackRefusal(invite, terminated.toTag()));
            sink.release();
            Await.until("the cancelled call hung up", () -> sink.hungUp().equals(List.of(1L)), VigilListeners.WAIT,
                    () -> sink.hungUp().toString());
        }
    }

    /** A bare UDP client on loopback: sends what the writer wrote and reads responses with a deadline. */
    private static final class Uac implements AutoCloseable {
        private final DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        private final int serverPort;
        final SipInviteWriter writer;

        Uac(int serverPort) throws IOException {
            this.serverPort = serverPort;
            this.writer = new SipInviteWriter("127.0.0.1", socket.getLocalPort());
            socket.setSoTimeout((int) VigilListeners.WAIT.toMillis());
        }

        void send(byte[] message) throws IOException {
            socket.send(new DatagramPacket(message, message.length, InetAddress.getLoopbackAddress(), serverPort));
        }

        /** Responses up to the one wanted; fails on any final response in between. */
        SipMessage receiveUntil(int status, String method) throws IOException {
            List<String> seen = new ArrayList<>();
            byte[] buffer = new byte[65_536];
            while (true) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException e) {
                    return fail("no " + status + " to " + method + " in time; seen " + seen);
                }
                byte[] bytes = Arrays.copyOf(packet.getData(), packet.getLength());
                SipMessage response = SipMessageParser.parse(bytes).message();
                seen.add(response.statusCode() + " " + response.cseqMethod());
                if (response.statusCode() == status && response.cseqMethod().equals(method)) {
                    return response;
                }
                if (response.statusCode() >= 200 && response.cseqMethod().equals(method)) {
                    fail("wanted " + status + " to " + method + ", got " + seen + ":\n" + response.rawText());
                }
            }
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
