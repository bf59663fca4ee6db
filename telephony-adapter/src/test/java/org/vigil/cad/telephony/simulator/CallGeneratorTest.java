package org.vigil.cad.telephony.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.testing.Await;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;
import org.vigil.cad.core.testing.VigilThreads;
import org.vigil.cad.telephony.RealPipeline;

/** The generator against Vigil's real ALI and SIP listeners on loopback, backed by the real pipeline or a sink. */
@ExtendWith(NoLeakedThreadsExtension.class)
class CallGeneratorTest {
    private static final LocalDateTime FIRST_CALL = LocalDateTime.of(2026, 3, 14, 9, 26, 53);

    @TempDir
    Path dir;

    @Test
    void everyCallIsAcknowledgedAndTheEngineHoldsEachWithItsClassOfService() throws Exception {
        SyntheticCallSettings calls = new SyntheticCallSettings(2026, "g1", CallMix.typical(), FIRST_CALL, 100);
        try (RealPipeline pipeline = new RealPipeline(dir); VigilListeners vigil = new VigilListeners(pipeline.sink())) {
            GeneratorSettings settings = GeneratorSettings.of("127.0.0.1", vigil.aliPort, vigil.sipPort, 100, 200)
                    .withAliConnections(2).withSipHold(Duration.ofMillis(200));

            GeneratorReport report = generator(vigil.generatorLoop, settings, calls).run()
                    .get(VigilListeners.WAIT.toSeconds(), TimeUnit.SECONDS);

            assertTrue(report.allAcknowledged(), report::toString);
            assertEquals(200, report.callsSent());
            assertEquals(report.aliSent(), report.aliAcked());
            assertEquals(report.sipSent(), report.sipAnswered() + report.sipCancelled());
            assertEquals(report.sipAnswered(), report.sipHungUp(), "every answered caller hung up with a BYE");

            List<SyntheticCall> sent = expected(calls, 200);
            assertEquals(report.sipSent(), sent.stream().filter(c -> c.channel() == SyntheticCall.Channel.SIP).count());
            long rebids = sent.stream().filter(SyntheticCall::rebid).count();
            assertTrue(rebids > 0, "the run has rebids");
            Await.until("the SIP callers' hang-ups journaled", () -> endedCalls(pipeline) == report.sipSent(),
                    VigilListeners.WAIT, () -> endedCalls(pipeline) + " of " + report.sipSent());
            assertEquals(200 - rebids, (long) pipeline.state(state -> state.calls().size()), "one call per caller");
            assertEquals(classes(sent), pipeline.state(state -> {
                Map<String, Long> held = new HashMap<>();
                state.calls().forEach(call -> held.merge(call.classOfService(), 1L, Long::sum));
                return held;
            }));
            Map<String, HeldCall> held = pipeline.state(state -> {
                Map<String, HeldCall> byKey = new HashMap<>();
                state.calls().forEach(c -> byKey.put(c.rebidKey(), new HeldCall(c.locations().size(), c.state())));
                return byKey;
            });
            for (SyntheticCall call : sent) {
                long records = sent.stream().filter(c -> c.rebidKey().equals(call.rebidKey())).count();
                CallState expectedState = call.channel() == SyntheticCall.Channel.SIP ? CallState.ABANDONED
                        : CallState.RINGING;
                assertEquals(new HeldCall((int) records, expectedState), held.get(call.rebidKey()),
                        "a location per record, and no call-taker answered: " + call.rebidKey());
            }
        }
    }

    /** What the engine holds of one caller. */
    private record HeldCall(int locations, CallState state) {
    }

    @Test
    void aSlowAnswerNeverDelaysTheNextCall() throws Exception {
        RecordingSink neverJournals = new RecordingSink(RecordingSink.Mode.HOLD);
        try (VigilListeners vigil = new VigilListeners(neverJournals)) {
            GeneratorSettings settings = GeneratorSettings.of("127.0.0.1", vigil.aliPort, vigil.sipPort, 200, 40)
                    .withDrainTimeout(Duration.ofMillis(300));
            CallGenerator generator = generator(vigil.generatorLoop, settings,
                    new SyntheticCallSettings(1, "g2", new CallMix(CallMix.typical().weights(), 0.3, 0.2, 0),
                            FIRST_CALL, 200));

            var run = generator.run();

            Await.until("all 40 calls sent with none answered", () -> generator.progress().callsSent() == 40,
                    VigilListeners.WAIT, () -> generator.progress().toString());
            GeneratorReport report = run.get(VigilListeners.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(0, report.aliAcked() + report.sipAnswered(), "nothing was journaled, so nothing answered");
            assertEquals(report.aliSent(), report.aliUnanswered());
            assertEquals(report.sipSent(), report.sipUnanswered());
            assertFalse(report.allAcknowledged());
            Await.until("Vigil got all 40", () -> neverJournals.offers().size() == 40, VigilListeners.WAIT,
                    () -> neverJournals.offers().size() + " offered");
            neverJournals.release();
        }
    }

    @Test
    void nakedSpillsAndRefusedInvitesAreCounted() throws Exception {
        try (VigilListeners vigil = new VigilListeners(new RecordingSink(RecordingSink.Mode.REFUSE))) {
            GeneratorSettings settings = GeneratorSettings.of("127.0.0.1", vigil.aliPort, vigil.sipPort, 100, 30);

            GeneratorReport report = generator(vigil.generatorLoop, settings,
                    new SyntheticCallSettings(5, "g3", CallMix.typical().withSipShare(0.5), FIRST_CALL, 100))
                    .run().get(VigilListeners.WAIT.toSeconds(), TimeUnit.SECONDS);

            assertTrue(report.aliSent() > 0 && report.sipSent() > 0, report::toString);
            assertEquals(report.aliSent(), report.aliNaked(), "a call the journal refused is NAKed");
            assertEquals(report.sipSent(), report.sipRefused() + report.sipCancelled(), "503, or 487 when cancelled");
            assertTrue(report.sipRefused() > 0, report::toString);
            assertFalse(report.allAcknowledged());
        }
    }

    @Test
    void aVigilThatIsNotThereFailsTheRunWithTheReason() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, new VigilThreads("generator"),
                NioIoHandler.newFactory());
        try {
            GeneratorSettings settings = GeneratorSettings.of("127.0.0.1", closedPort, closedPort, 10, 5);
            var run = generator(loop, settings, new SyntheticCallSettings(1, "g4", CallMix.typical(), FIRST_CALL, 10))
                    .run();

            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> run.get(VigilListeners.WAIT.toSeconds(), TimeUnit.SECONDS));
            assertTrue(failed.getCause() instanceof IOException, failed.getCause()::toString);
            assertTrue(failed.getCause().getMessage().startsWith("cannot reach Vigil at 127.0.0.1 (ALI tcp/"
                    + closedPort), failed.getCause().getMessage());
        } finally {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static CallGenerator generator(EventLoopGroup loop, GeneratorSettings settings,
                                           SyntheticCallSettings calls) {
        return new CallGenerator(loop, settings,
                sip -> new SyntheticCalls(calls, AliRecordWriter.jefferson911ai(), sip), System::nanoTime);
    }

    /** The same calls the generator sent: the SIP bytes differ by address, nothing else does. */
    private static List<SyntheticCall> expected(SyntheticCallSettings settings, int count) {
        SyntheticCalls calls = new SyntheticCalls(settings, AliRecordWriter.jefferson911ai(),
                new SipInviteWriter("127.0.0.1", 5060));
        List<SyntheticCall> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(calls.next());
        }
        return expected;
    }

    private static Map<String, Long> classes(List<SyntheticCall> sent) {
        Map<String, Long> classes = new HashMap<>();
        sent.stream().filter(c -> !c.rebid()).forEach(c -> classes.merge(c.classOfService(), 1L, Long::sum));
        return classes;
    }

    private static long endedCalls(RealPipeline pipeline) {
        try {
            return pipeline.state(state -> state.calls().stream().filter(c -> !c.isLive()).count());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
