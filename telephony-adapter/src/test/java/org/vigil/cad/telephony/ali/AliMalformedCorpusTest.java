package org.vigil.cad.telephony.ali;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.cad.telephony.ali.AliBytes.ACK;
import static org.vigil.cad.telephony.ali.AliBytes.NAK;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.cad.telephony.InboundCall;

/**
 * Broken input never hides a call: truncated records, garbage, empty, oversized and non-ASCII frames
 * each give a visible call with its raw text and problems, or a NAK, and are counted.
 */
class AliMalformedCorpusTest {
    private static final AliRecordParser PARSER = EmbeddedAliLink.PARSER;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"resd, 3155550101", "wph1, 3155550106", "wph2_attmo_fixed, 3155550108"})
    void everyPrefixOfARealRecordIsAVisibleCallWithWhatItHolds(String kind, String ani) {
        String record = AliSamples.recordText(kind);
        int lastRequiredField = esnComplete(record) - 1;
        int callbackComplete = record.indexOf(ani.substring(6)) + 4;

        for (int length = 0; length <= record.length(); length++) {
            String prefix = record.substring(0, length);
            InboundCall call = PARSER.parse(prefix);

            assertEquals(prefix, call.rawInput(), "length " + length);
            if (length <= lastRequiredField) {
                assertTrue(call.malformed(), "a record cut at " + length + " must say so");
            }
            if (length >= callbackComplete) {
                assertEquals(ani, call.ani(), "cut at " + length + ": " + call.problems());
            }
        }
    }

    @Test
    void everyPrefixFramedIsAnsweredAndCountedAsItReads() {
        byte[] record = AliSamples.record("resd");
        RecordingSink sink = RecordingSink.journalingAtOnce();
        try (EmbeddedAliLink link = new EmbeddedAliLink(sink, 64)) {
            int malformed = 0;
            for (int length = 1; length <= record.length; length++) {
                byte[] prefix = Arrays.copyOf(record, length);
                boolean blank = new String(prefix, StandardCharsets.ISO_8859_1).isBlank();
                malformed += !blank && PARSER.parse(prefix).malformed() ? 1 : 0;

                link.send(AliSamples.framed(prefix));
                assertArrayEquals(EmbeddedAliLink.bytes(blank ? NAK : ACK), link.answers(), "length " + length);
            }
            link.send(AliSamples.framed(new byte[0]));
            assertArrayEquals(EmbeddedAliLink.bytes(NAK), link.answers(), "the empty prefix");

            assertEquals(record.length, sink.offeredCount(), "every prefix with content is a call");
            assertEquals(malformed, link.records("malformed"));
            assertEquals(record.length - malformed, link.records("ok"));
            assertEquals(1, link.records("broken"));
            assertEquals(esnComplete(AliSamples.recordText("resd")) - 1, malformed,
                    "every cut before the ESN is complete is seen; a cut in the agency names cannot be");
        }
    }

    /** The length at which a record holds its last required field, the 5-digit ESN. */
    private static int esnComplete(String record) {
        return record.indexOf("ESN:") + "ESN:".length() + 5;
    }

    @Test
    void garbageInAFrameIsAVisibleCallWithItsRawBytes() {
        Random random = new Random(911L);
        RecordingSink sink = RecordingSink.journalingAtOnce();
        try (EmbeddedAliLink link = new EmbeddedAliLink(sink, 64)) {
            for (int i = 0; i < 200; i++) {
                byte[] garbage = new byte[1 + random.nextInt(600)];
                random.nextBytes(garbage);
                for (int b = 0; b < garbage.length; b++) {
                    if (garbage[b] == AliBytes.STX || garbage[b] == AliBytes.ETX) {
                        garbage[b] = '?';
                    }
                }
                garbage[0] = '#';

                link.send(AliSamples.framed(garbage));

                assertArrayEquals(EmbeddedAliLink.bytes(ACK), link.answers(), "journaled, so acknowledged");
                InboundCall call = sink.offered().get(i);
                assertEquals(new String(garbage, StandardCharsets.ISO_8859_1), call.rawInput());
                assertTrue(call.malformed());
            }
            assertEquals(200, link.records("malformed"));
        }
    }

    @Test
    void anEmptyFrameIsNakedAndCounted() {
        RecordingSink sink = RecordingSink.journalingAtOnce();
        try (EmbeddedAliLink link = new EmbeddedAliLink(sink, 64)) {
            link.send(AliSamples.framed(new byte[0]));

            assertArrayEquals(EmbeddedAliLink.bytes(NAK), link.answers());
            assertEquals(1, link.records("broken"));
            assertEquals(1, link.counter("vigil.ali.nak"));
            assertEquals(0, sink.offeredCount(), "nothing to show a call-taker");
        }
    }

    @Test
    void anOversizedFrameIsNakedAndItsCallStillShown() {
        byte[] oversized = AliFrameDecoderTest.concat(AliSamples.record("wph1"), new byte[5000]);
        RecordingSink sink = RecordingSink.journalingAtOnce();
        try (EmbeddedAliLink link = new EmbeddedAliLink(sink, 64)) {
            link.send(AliSamples.framed(oversized, AliSamples.record("busn")));

            assertArrayEquals(EmbeddedAliLink.bytes(NAK, ACK), link.answers(), "and the next frame is fine");
            InboundCall call = sink.offered().get(0);
            assertEquals("broken frame: frame longer than 4096 bytes", call.problems().get(0));
            assertEquals("3155550106", call.ani());
            assertEquals("WPH1", call.classOfService());
            assertEquals(4096, call.rawInput().length());
            assertEquals(1, link.records("broken"));
            assertEquals(1, link.records("ok"));
        }
    }

    @Test
    void nonAsciiBytesAreKeptInTheCallAndCounted() {
        byte[] record = AliSamples.record("resd");
        byte[] withLatin1 = record.clone();
        withLatin1[66] = (byte) 0xC9;
        withLatin1[300] = (byte) 0xFF;
        RecordingSink sink = RecordingSink.journalingAtOnce();
        try (EmbeddedAliLink link = new EmbeddedAliLink(sink, 64)) {
            link.send(AliSamples.framed(withLatin1));

            assertArrayEquals(EmbeddedAliLink.bytes(ACK), link.answers());
            InboundCall call = sink.offered().get(0);
            assertEquals("DO\u00C9, JOHN Q", call.callerName());
            assertArrayEquals(withLatin1, call.rawInput().getBytes(StandardCharsets.ISO_8859_1), "byte for byte");
            assertTrue(call.problems().contains("2 non-ASCII byte(s) kept as ISO-8859-1, the first at offset 66"));
            assertEquals(1, link.records("malformed"));
        }
    }
}
