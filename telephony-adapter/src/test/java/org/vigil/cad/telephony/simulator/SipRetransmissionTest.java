package org.vigil.cad.telephony.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;
import org.vigil.cad.core.testing.VigilThreads;
import org.vigil.cad.telephony.sip.SipMessage;
import org.vigil.cad.telephony.sip.SipMessageParser;

/** Over UDP a lost request is sent again: the generator's INVITE and BYE against a server that drops the first. */
@ExtendWith(NoLeakedThreadsExtension.class)
class SipRetransmissionTest {
    private static final Duration T1 = Duration.ofMillis(50);

    @Test
    void anInviteAndAByeThatGetNoAnswerAreSentAgainUntilTheyDo() throws Exception {
        EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, new VigilThreads("generator"),
                NioIoHandler.newFactory());
        try (DatagramSocket lossyServer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            lossyServer.setSoTimeout((int) VigilListeners.WAIT.toMillis());
            GeneratorSettings settings = new GeneratorSettings("127.0.0.1", 1, lossyServer.getLocalPort(), 10, 1, 0,
                    Duration.ZERO, Duration.ofSeconds(5), T1);
            SyntheticCallSettings oneSipCall = new SyntheticCallSettings(1, "r1",
                    new CallMix(Map.of("WPH2", 1), 1, 0, 0), LocalDateTime.of(2026, 3, 14, 9, 0), 10);
            var run = new CallGenerator(loop, settings,
                    sip -> new SyntheticCalls(oneSipCall, AliRecordWriter.jefferson911ai(), sip), System::nanoTime).run();

            DatagramPacket lost = receive(lossyServer);
            DatagramPacket invite = receive(lossyServer);
            assertArrayEquals(bytes(lost), bytes(invite), "the same INVITE, sent again after T1");
            answer(lossyServer, invite.getSocketAddress(), SipMessageParser.parse(bytes(invite)).message());
            SipMessage ack = SipMessageParser.parse(bytes(receive(lossyServer))).message();
            assertEquals("ACK", ack.method());
            assertEquals("uas-tag", ack.toTag());
            receive(lossyServer);
            DatagramPacket bye = receive(lossyServer);
            SipMessage byeMessage = SipMessageParser.parse(bytes(bye)).message();
            assertEquals("BYE", byeMessage.method());
            assertEquals("2 BYE", byeMessage.headers().firstOrEmpty("CSeq"));
            answer(lossyServer, bye.getSocketAddress(), byeMessage);

            GeneratorReport report = run.get(VigilListeners.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(1, report.sipSent());
            assertEquals(1, report.sipAnswered());
            assertEquals(1, report.sipHungUp());
            assertTrue(report.allAcknowledged(), report::toString);
        } finally {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static DatagramPacket receive(DatagramSocket socket) throws Exception {
        DatagramPacket packet = new DatagramPacket(new byte[65_536], 65_536);
        socket.receive(packet);
        return packet;
    }

    private static byte[] bytes(DatagramPacket packet) {
        return Arrays.copyOf(packet.getData(), packet.getLength());
    }

    /** A bare 200 OK, as a UAS that tags the dialog "uas-tag" answers. */
    private static void answer(DatagramSocket socket, SocketAddress to, SipMessage request) throws Exception {
        String toHeader = request.headers().firstOrEmpty("To");
        byte[] ok = ("SIP/2.0 200 OK\r\n"
                + "Via: " + request.headers().firstOrEmpty("Via") + "\r\n"
                + "From: " + request.headers().firstOrEmpty("From") + "\r\n"
                + "To: " + toHeader + (toHeader.contains(";tag=") ? "" : ";tag=uas-tag") + "\r\n"
                + "Call-ID: " + request.callId() + "\r\n"
                + "CSeq: " + request.headers().firstOrEmpty("CSeq") + "\r\n"
                + "Contact: <sip:uas@127.0.0.1>\r\n"
                + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(ok, ok.length, to));
    }
}
