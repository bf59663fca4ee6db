package org.vigil.cad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.testing.VigilThreads;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;
import org.vigil.cad.telephony.ali.AliLayout;
import org.vigil.cad.telephony.ali.AliRecordParser;
import org.vigil.cad.telephony.ali.AliSpillConfig;
import org.vigil.cad.telephony.ali.AliSpillServer;
import org.vigil.cad.telephony.simulator.AliRecordWriter;
import org.vigil.cad.telephony.simulator.CallMix;
import org.vigil.cad.telephony.simulator.SipInviteWriter;
import org.vigil.cad.telephony.simulator.SyntheticCall;
import org.vigil.cad.telephony.simulator.SyntheticCallSettings;
import org.vigil.cad.telephony.simulator.SyntheticCalls;
import org.vigil.cad.telephony.sip.SipServer;
import org.vigil.cad.telephony.sip.SipServerConfig;
import picocli.CommandLine;

/** {@code cad call-generator}, run in-process against a real {@code cad serve} and against refusing listeners. */
class CallGeneratorCommandTest {
    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int cad(String... args) {
        CommandLine cli = CadMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void playsCallsIntoARunningServerWhichJournalsEveryOne() throws Exception {
        try (ServerProcess server = ServerProcess.serve(data)) {
            int exit = cad("call-generator", "--rate", "50", "--seconds", "2", "--seed", "7",
                    "--ali-port", Integer.toString(server.aliPort()), "--sip-port", Integer.toString(server.sipPort()));

            assertEquals(0, exit, out + "\n" + err + "\n" + server.output());
            List<String> lines = out.toString().lines().toList();
            assertTrue(lines.get(0).startsWith("call-generator: 100 calls at 50.0/s to 127.0.0.1"), lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.matches(" +[0-9]+ s  [0-9]+ calls sent; .*")),
                    "a summary line each second: " + lines);
            String last = lines.get(lines.size() - 1);
            assertTrue(last.matches("done in [0-9.]+ s: 100 calls sent; ALI ([0-9]+): \\1 ACK, 0 NAK, 0 unanswered; "
                    + "SIP ([0-9]+): [0-9]+ 200 OK, [0-9]+ cancelled, 0 refused, 0 unanswered, [0-9]+ hung up; "
                    + "0 failures"), last);
            server.stop();
        }
        List<SyntheticCall> played = sameCalls(7, 100);
        long rebids = played.stream().filter(SyntheticCall::rebid).count();
        List<Event> journal = journal();
        assertEquals(100 - rebids, journal.stream().filter(e -> e instanceof Event.CallOffered).count());
        assertEquals(rebids, journal.stream().filter(e -> e instanceof Event.CallLocationUpdated).count());
    }

    @Test
    void exitsOneWhenCallsAreNotAcknowledged() throws Exception {
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, new VigilThreads("refusing-vigil"),
                NioIoHandler.newFactory());
        CallSink refusing = new RefusingSink();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AliSpillServer ali = new AliSpillServer(AliSpillConfig.defaults().withPort(0),
                new AliRecordParser(AliLayout.jefferson911ai()), refusing, loops, loops, registry);
        SipServer sip = new SipServer(SipServerConfig.defaults().withPort(0), loops, loops, refusing, registry);
        try {
            int aliPort = ali.start();
            int sipPort = sip.start().udp();

            int exit = cad("call-generator", "--rate", "40", "--seconds", "0.5", "--seed", "1",
                    "--ali-port", Integer.toString(aliPort), "--sip-port", Integer.toString(sipPort));

            assertEquals(1, exit, out.toString());
            assertTrue(err.toString().contains("not every call was acknowledged"), err.toString());
            String last = out.toString().lines().reduce((a, b) -> b).orElseThrow();
            assertTrue(last.matches("done in .*: 20 calls sent; ALI ([0-9]+): 0 ACK, \\1 NAK, .*"), last);
        } finally {
            sip.close();
            ali.close();
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void aServerThatIsNotThereIsAnErrorThatSaysWhere() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertEquals(2, cad("call-generator", "--rate", "10", "--seconds", "1", "--ali-port",
                Integer.toString(closedPort)));
        assertTrue(err.toString().contains("cad: cannot reach Vigil at 127.0.0.1 (ALI tcp/" + closedPort),
                err.toString());
    }

    @Test
    void argumentsThatMakeNoRunAreRefusedWithTheReason() {
        assertEquals(2, cad("call-generator", "--rate", "10", "--seconds", "1", "--sip-share", "1.5"));
        assertTrue(err.toString().contains("--sip-share must be within 0..1, not 1.5"), err.toString());
        assertEquals(2, cad("call-generator", "--rate", "10", "--seconds", "0.05"));
        assertTrue(err.toString().contains("makes no call"), err.toString());
    }

    /** The calls a run with this seed played: classes and rebids depend on the seed alone. */
    private static List<SyntheticCall> sameCalls(long seed, int count) {
        SyntheticCalls calls = new SyntheticCalls(new SyntheticCallSettings(seed, "again", CallMix.typical(),
                LocalDateTime.of(2026, 1, 1, 0, 0), 50), AliRecordWriter.jefferson911ai(),
                new SipInviteWriter("127.0.0.1", 5060));
        List<SyntheticCall> played = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            played.add(calls.next());
        }
        return played;
    }

    private List<Event> journal() {
        return JournalOnDisk.events(data);
    }

    /** A journal that refuses every call: ALI answers NAK, SIP answers 503. */
    private static final class RefusingSink implements CallSink {
        @Override
        public CompletableFuture<Long> offer(InboundCall call) {
            return CompletableFuture.failedFuture(new IllegalStateException("the journal is refusing"));
        }

        @Override
        public CompletableFuture<Void> hungUp(long callId) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> textFromCaller(long callId, String text) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
