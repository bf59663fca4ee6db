package org.vigil.cad.telephony.ali;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;
import org.vigil.cad.core.testing.VigilThreads;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;

/**
 * Random traffic on the real listener: seeded random bytes, STX and ETX anywhere, oversized and empty
 * frames, in random chunks. It never crashes or stalls (each stream ends with a good record that must be
 * ACKed in time), and every STX..ETX frame gets exactly one answer, the one the reference framing predicts.
 */
@ExtendWith(NoLeakedThreadsExtension.class)
class AliSpillPropertyTest {
    private static final int STREAMS = 250;
    private static final int MAX_FRAME_BYTES = 1024;

    @Test
    void randomStreamsNeverCrashOrStallTheListenerAndEveryFrameGetsExactlyOneAnswer() throws Exception {
        ExecutorService journal = Executors.newFixedThreadPool(2, new VigilThreads("ali-journal"));
        AsyncSink sink = new AsyncSink(journal);
        AliSpillConfig config = AliSpillConfig.defaults().withMaxFrameBytes(MAX_FRAME_BYTES).withMaxOutstandingOffers(8);
        Logger handlerLog = (Logger) LoggerFactory.getLogger(AliSpillHandler.class);
        Level logLevel = handlerLog.getLevel();
        // Tens of thousands of deliberately broken frames: their one-line reports would only slow the test.
        handlerLog.setLevel(Level.ERROR);
        try (AliServerHarness harness = new AliServerHarness(sink, config)) {
            for (long seed = 1; seed <= STREAMS; seed++) {
                Random random = new Random(seed);
                byte[] stream = AliFrameDecoderTest.concat(RandomAliStreams.stream(random, MAX_FRAME_BYTES),
                        AliSamples.framed(RandomAliStreams.realRecord(random)));
                ReferenceFraming expected = ReferenceFraming.of(stream, MAX_FRAME_BYTES, false);
                int offeredBefore = sink.offered.get();

                try (AliClient client = harness.connect()) {
                    for (byte[] chunk : RandomAliStreams.chunks(random, stream)) {
                        client.send(chunk);
                    }
                    byte[] answers = client.answers(expected.frames.size());

                    assertArrayEquals(expected.answers(), answers, "seed " + seed);
                    assertEquals(AliBytes.ACK, answers[answers.length - 1], "seed " + seed + ": the good record");
                    assertArrayEquals(new byte[0], client.finish(), "seed " + seed + ": no answer beyond one per frame");
                }
                assertEquals(expected.calls(), sink.offered.get() - offeredBefore, "seed " + seed + ": calls offered");
            }
            try (AliClient afterwards = harness.connect()) {
                afterwards.send(AliSamples.framed(AliSamples.record("wph2_vzw")));
                assertArrayEquals(new byte[] {AliBytes.ACK}, afterwards.answers(1), "still serving");
            }
        } finally {
            handlerLog.setLevel(logLevel);
            journal.shutdownNow();
            journal.awaitTermination(AliServerHarness.WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Journals each call on another thread, so completions race the listener as a real pipeline's do. */
    private static final class AsyncSink implements CallSink {
        final AtomicInteger offered = new AtomicInteger();
        private final ExecutorService journal;

        AsyncSink(ExecutorService journal) {
            this.journal = journal;
        }

        @Override
        public CompletableFuture<Long> offer(InboundCall call) {
            long id = offered.incrementAndGet();
            return CompletableFuture.supplyAsync(() -> id, journal);
        }

        @Override
        public CompletableFuture<Void> hungUp(long callId) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }

        @Override
        public CompletableFuture<Void> textFromCaller(long callId, String text) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }
    }
}
