package org.vigil.cad.telephony.ali;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.cad.telephony.ali.AliBytes.ACK;
import static org.vigil.cad.telephony.ali.AliBytes.NAK;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;

/** One connection's answers, order and back-pressure, on EmbeddedChannel where every step is visible. */
class AliSpillHandlerTest {

    @Test
    void aFrameIsAckedOnlyOnceItsCallIsJournaled() {
        RecordingSink sink = RecordingSink.holdingFutures();
        try (EmbeddedAliLink link = new EmbeddedAliLink(sink, 64)) {
            link.send(AliSamples.framed(AliSamples.record("resd")));

            assertEquals(1, sink.offeredCount());
            assertArrayEquals(new byte[0], link.answers(), "not journaled yet: no answer");

            sink.releaseOldest();
            assertArrayEquals(EmbeddedAliLink.bytes(ACK), link.answers());
            assertEquals("3155550101", sink.offered().get(0).ani());
            assertEquals(1, link.records("ok"));
        }
    }

    @Test
    void answersGoOutInFrameOrderWhateverOrderTheJournalConfirmsIn() {
        RecordingSink sink = RecordingSink.holdingFutures().failing(call -> call.classOfService().equals("CNTX"));
        try (EmbeddedAliLink link = new EmbeddedAliLink(sink, 64)) {
            byte[] cutByNewStx = AliFrameDecoderTest.concat(new byte[] {AliBytes.STX},
                    AliSamples.latin1("315-555-0199 01/02 03:04:05"));
            link.send(AliFrameDecoderTest.concat(AliSamples.framed(AliSamples.record("resd")), cutByNewStx,
                    AliSamples.framed(AliSamples.record("busn"), AliSamples.record("cntx"))));
            assertArrayEquals(new byte[0], link.answers());

            sink.releaseNewestFirst();

            assertArrayEquals(EmbeddedAliLink.bytes(ACK, NAK, ACK, NAK), link.answers(),
                    "resd journaled, broken frame, busn journaled, cntx refused by the journal");
            assertEquals(4, sink.offeredCount(), "the broken frame is a call too");
            assertEquals(2, link.counter("vigil.ali.nak"));
            assertEquals(3, link.records("ok"));
            assertEquals(1, link.records("broken"));
        }
    }

    @Test
    void atTheLimitItStopsReadingAndResumesBelowHalfNeverDroppingAFrame() {
        RecordingSink sink = RecordingSink.holdingFutures();
        try (EmbeddedAliLink link = new EmbeddedAliLink(sink, 4)) {
            byte[][] records = new byte[10][];
            for (int i = 0; i < records.length; i++) {
                records[i] = AliSamples.record(AliSamples.JEFFERSON.get(i % AliSamples.JEFFERSON.size()));
            }
            link.send(AliSamples.framed(records));

            assertEquals(4, sink.offeredCount(), "only the limit is offered; the rest wait, decoded");
            assertFalse(link.reading());
            assertEquals(1, link.gauge("vigil.ali.connections.paused"));
            assertEquals(4, link.gauge("vigil.ali.offers.outstanding"));

            List<Byte> answers = new ArrayList<>();
            for (int released = 1; released <= 10; released++) {
                sink.releaseOldest();
                for (byte answer : link.answers()) {
                    answers.add(answer);
                }
                assertEquals(released, answers.size(), "one answer per journaled call, in order");
                boolean drained = released >= 9;
                assertEquals(drained, link.reading(), "reading again only below half the limit: after " + released);
            }
            assertEquals(10, sink.offeredCount());
            assertEquals(4, sink.mostHeld(), "never more than the limit outstanding");
            assertTrue(answers.stream().allMatch(answer -> answer == ACK));
            assertEquals(0, link.gauge("vigil.ali.connections.paused"));
            assertEquals(0, link.gauge("vigil.ali.offers.outstanding"));
        }
    }

    @Test
    void aBrokenFrameWithContentIsNakedAndStillBecomesACall() {
        RecordingSink sink = RecordingSink.journalingAtOnce();
        try (EmbeddedAliLink link = new EmbeddedAliLink(sink, 64)) {
            byte[] partial = Arrays.copyOf(AliSamples.record("wph2_vzw"), 300);
            link.send(AliFrameDecoderTest.concat(new byte[] {AliBytes.STX}, partial,
                    AliSamples.framed(AliSamples.record("resd"))));

            assertArrayEquals(EmbeddedAliLink.bytes(NAK, ACK), link.answers());
            InboundCall broken = sink.offered().get(0);
            assertEquals("broken frame: new STX before ETX", broken.problems().get(0));
            assertEquals("3155550107", broken.ani());
            assertEquals("WPH2", broken.classOfService());
            assertEquals(new String(partial, StandardCharsets.ISO_8859_1), broken.rawInput());
        }
    }

    @Test
    void aBlankBrokenFrameIsNakedWithoutACall() {
        RecordingSink sink = RecordingSink.journalingAtOnce();
        try (EmbeddedAliLink link = new EmbeddedAliLink(sink, 64)) {
            link.send(AliSamples.framed(new byte[0], AliSamples.latin1("  \r\n")));

            assertArrayEquals(EmbeddedAliLink.bytes(NAK, NAK), link.answers());
            assertEquals(0, sink.offeredCount());
            assertEquals(2, link.records("broken"));
            assertEquals(2, link.counter("vigil.ali.nak"));
        }
    }

    @Test
    void aSinkThatThrowsGetsANakAndTheConnectionCarriesOn() {
        List<InboundCall> accepted = new ArrayList<>();
        CallSink throwingOnBusiness = new CallSink() {
            @Override
            public CompletableFuture<Long> offer(InboundCall call) {
                if (call.classOfService().equals("BUSN")) {
                    throw new IllegalStateException("sink bug");
                }
                accepted.add(call);
                return CompletableFuture.completedFuture((long) accepted.size());
            }

            @Override
            public CompletableFuture<Void> hungUp(long callId) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletableFuture<Void> textFromCaller(long callId, String text) {
                return CompletableFuture.completedFuture(null);
            }
        };
        try (EmbeddedAliLink link = new EmbeddedAliLink(throwingOnBusiness, 64)) {
            link.send(AliSamples.framed(AliSamples.record("busn"), AliSamples.record("resd")));

            assertArrayEquals(EmbeddedAliLink.bytes(NAK, ACK), link.answers());
            assertEquals(1, accepted.size());
            assertTrue(link.channel.isActive());
        }
    }

    @Test
    void bytesOutsideFramesAreCountedAsDiscarded() {
        try (EmbeddedAliLink link = new EmbeddedAliLink(RecordingSink.journalingAtOnce(), 64)) {
            link.send(AliFrameDecoderTest.concat(AliSamples.latin1("line noise"),
                    AliSamples.framed(AliSamples.record("voip")), AliSamples.latin1("\r\n")));

            assertArrayEquals(EmbeddedAliLink.bytes(ACK), link.answers());
            assertEquals(12, link.counter("vigil.ali.discarded.bytes"));
        }
    }
}
