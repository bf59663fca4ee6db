package org.vigil.cad.telephony.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalIoHandler;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.cad.core.testing.Await;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;

/** The listener on real loopback sockets: UDP and TCP on one port, retransmissions, closing. */
@ExtendWith(NoLeakedThreadsExtension.class)
class SipServerTest {
    private final SipServerHarness harness = new SipServerHarness();

    @AfterEach
    void stop() {
        harness.close();
    }

    private List<String> udpExchange(byte[][] requests, int expectedResponses) throws Exception {
        List<String> responses = new ArrayList<>();
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(5000);
            for (byte[] request : requests) {
                socket.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(),
                        harness.port));
            }
            byte[] buffer = new byte[65536];
            while (responses.size() < expectedResponses) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                responses.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            }
        }
        return responses;
    }

    @Test
    void optionsOverUdpAndTcpOnTheSamePort() throws Exception {
        List<String> udp = udpExchange(new byte[][] {SipSamples.options("z9hG4bK-u")}, 1);
        assertTrue(udp.get(0).startsWith("SIP/2.0 200 OK\r\n"), udp.get(0));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), harness.port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(SipSamples.options("z9hG4bK-t").clone());
            out.flush();
            String response = readResponse(socket.getInputStream());
            assertTrue(response.startsWith("SIP/2.0 200 OK\r\n"), response);
            assertTrue(response.contains("Contact: <sip:vigil@127.0.0.1:" + harness.port + ";transport=tcp>"));
        }
        assertEquals(2, harness.counter("vigil.sip.requests"));
    }

    @Test
    void theSameInviteTwiceOverUdpIsOneCall() throws Exception {
        byte[] invite = SipSamples.invite(SipSamples.OSP, "udp-dup", "z9hG4bK-d");
        List<String> responses = udpExchange(new byte[][] {invite, invite}, 4);
        assertEquals(1, harness.sink.offers().size());
        assertTrue(responses.get(0).startsWith("SIP/2.0 100 Trying"), responses.get(0));
        assertTrue(responses.stream().anyMatch(r -> r.startsWith("SIP/2.0 200 OK")), responses::toString);
    }

    @Test
    void aTcpConnectionKeepsServingAfterBrokenInput() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), harness.port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write("GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(SipSamples.options("z9hG4bK-after"));
            out.flush();
            InputStream in = socket.getInputStream();
            assertTrue(readResponse(in).startsWith("SIP/2.0 400 Bad Request"));
            assertTrue(readResponse(in).startsWith("SIP/2.0 200 OK"));
        }
        Await.until("the malformed count", () -> harness.counter("vigil.sip.malformed") == 1, Duration.ofSeconds(5));
    }

    @Test
    void closingStopsListeningAndAStartAgainServes() throws Exception {
        harness.server.close();
        assertThrows(java.net.ConnectException.class,
                () -> new Socket(InetAddress.getLoopbackAddress(), harness.port).close());
        int again = harness.server.start().tcp();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), again)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(SipSamples.options("z9hG4bK-again"));
            assertTrue(readResponse(socket.getInputStream()).startsWith("SIP/2.0 200 OK"));
        }
    }

    @Test
    void refusesEventLoopsItCannotUse() {
        MultiThreadIoEventLoopGroup local = new MultiThreadIoEventLoopGroup(1,
                new org.vigil.cad.core.testing.VigilThreads("sip-local"), LocalIoHandler.newFactory());
        try {
            assertThrows(IllegalArgumentException.class, () -> new SipServer(SipServerConfig.defaults(), local, local,
                    new RecordingCallSink(), new SimpleMeterRegistry()));
        } finally {
            local.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /** Reads one response: headers to the blank line, then Content-Length bytes. */
    static String readResponse(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.UTF_8);
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.startsWith("Content-Length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
