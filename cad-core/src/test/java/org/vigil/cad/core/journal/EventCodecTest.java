package org.vigil.cad.core.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.openhft.chronicle.bytes.Bytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;

class EventCodecTest {
    private static final long AT_MICROS = 1_772_000_000_123_456L;

    private final Bytes<?> bytes = Bytes.allocateElasticOnHeap(512);

    @AfterEach
    void release() {
        bytes.releaseLast();
    }

    @Test
    void samplesCoverEveryEventType() {
        Set<Class<?>> sampled = new HashSet<>();
        SampleEvents.oneOfEach().forEach(event -> sampled.add(event.getClass()));
        assertEquals(Set.of(Event.class.getPermittedSubclasses()), sampled);
    }

    @Test
    void everyEventTypeRoundTripsWithItsEnvelope() {
        long index = 1;
        for (Event event : SampleEvents.oneOfEach()) {
            JournaledEvent expected = new JournaledEvent(index, AT_MICROS + index, "op" + index, "P" + index, event);
            assertEquals(expected, roundTrip(expected), event.getClass().getSimpleName());
            index++;
        }
    }

    @Test
    void nullOperatorAndPositionStayNull() {
        JournaledEvent anonymous = new JournaledEvent(9, AT_MICROS, null, null, new Event.CallReleased(4));
        JournaledEvent read = roundTrip(anonymous);
        assertNull(read.operator());
        assertNull(read.position());
    }

    @Test
    void nullIncidentNumbersStayNullAndEmptyStaysEmpty() {
        Event.UnitStatusChanged cleared = (Event.UnitStatusChanged) roundTrip(
                new Event.UnitStatusChanged("E12", UnitStatus.ONSCENE, UnitStatus.AVAILABLE, null, true));
        assertNull(cleared.incidentNumber());
        Event.UnitTimerExpired idle = (Event.UnitTimerExpired) roundTrip(
                new Event.UnitTimerExpired("M7", UnitStatus.OUTOFSERVICE, null, 60_000_000L));
        assertNull(idle.incidentNumber());
        Event.UnitTimerExpired blank = (Event.UnitTimerExpired) roundTrip(
                new Event.UnitTimerExpired("M7", UnitStatus.OUTOFSERVICE, "", 60_000_000L));
        assertEquals("", blank.incidentNumber());
    }

    @Test
    void doublesKeepTheirExactBitsIncludingNanPayloadAndNegativeZero() {
        // Record equality treats every NaN alike, so compare the raw bits.
        Event.UnitPositionUpdated read = (Event.UnitPositionUpdated) roundTrip(
                new Event.UnitPositionUpdated("M7", -0.0, SampleEvents.NAN_WITH_PAYLOAD));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(read.latitude()));
        assertEquals(SampleEvents.NAN_WITH_PAYLOAD_BITS, Double.doubleToRawLongBits(read.longitude()));
    }

    @Test
    void typeCodesAreTheFixedTable() {
        Map<Class<?>, Integer> expected = new LinkedHashMap<>();
        expected.put(Event.UnitRegistered.class, 1);
        expected.put(Event.CallOffered.class, 2);
        expected.put(Event.CallLocationUpdated.class, 3);
        expected.put(Event.CallAnswered.class, 4);
        expected.put(Event.CallAbandoned.class, 5);
        expected.put(Event.CallReleased.class, 6);
        expected.put(Event.CallTransferred.class, 7);
        expected.put(Event.IncidentCreated.class, 8);
        expected.put(Event.NarrativeAdded.class, 9);
        expected.put(Event.UnitAssigned.class, 10);
        expected.put(Event.UnitStatusChanged.class, 11);
        expected.put(Event.IncidentStatusChanged.class, 12);
        expected.put(Event.UnitPositionUpdated.class, 13);
        expected.put(Event.IncidentClosed.class, 14);
        expected.put(Event.IncidentReopened.class, 15);
        expected.put(Event.UnitTimerExpired.class, 16);
        expected.put(Event.CommandRejected.class, 17);
        expected.put(Event.CallTextAdded.class, 18);
        for (Event event : SampleEvents.oneOfEach()) {
            // version 1, atMicros 0 (one stop-bit byte), empty operator and position, then the type byte
            byte[] encoded = encode(0, "", "", event);
            assertEquals(expected.get(event.getClass()), encoded[4] & 0xff, event.getClass().getSimpleName());
        }
    }

    @Test
    void aCallAbandonedHasAGoldenEncoding() {
        byte[] golden = {1, 0x7f, 1, 'x', 0, 5, 7};
        assertArrayEquals(golden, encode(127, "x", "", new Event.CallAbandoned(7)));
    }

    @Test
    void anUnknownFormatVersionIsRefusedNamingVersionAndIndex() {
        bytes.writeByte((byte) 2);
        bytes.writeStopBit(AT_MICROS);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EventCodec.read(bytes, 4242));
        assertTrue(refused.getMessage().contains("format version 2"), refused.getMessage());
        assertTrue(refused.getMessage().contains("index 4242"), refused.getMessage());
    }

    @Test
    void anUnknownTypeIsRefusedNamingTypeAndIndex() {
        byte[] abandoned = encode(AT_MICROS, "op", "P1", new Event.CallAbandoned(7));
        abandoned[abandoned.length - 2] = 99;
        bytes.write(abandoned);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EventCodec.read(bytes, 77));
        assertTrue(refused.getMessage().contains("event type code 99"), refused.getMessage());
        assertTrue(refused.getMessage().contains("index 77"), refused.getMessage());
    }

    @Test
    void anUnknownEnumCodeIsRefused() {
        byte[] rejected = encode(0, "", "", new Event.IncidentStatusChanged("26-000001", null, null));
        rejected[rejected.length - 1] = 42;
        bytes.write(rejected);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EventCodec.read(bytes, 1));
        assertTrue(refused.getMessage().contains("IncidentStatus code 42"), refused.getMessage());
    }

    @Test
    void everyTruncationAndAnyTrailingByteIsRefused() {
        for (Event event : SampleEvents.oneOfEach()) {
            byte[] whole = encode(AT_MICROS, "op", "P1", event);
            for (int length = 0; length < whole.length; length++) {
                bytes.clear();
                bytes.write(Arrays.copyOf(whole, length));
                assertThrows(IllegalStateException.class, () -> EventCodec.read(bytes, 5),
                        event.getClass().getSimpleName() + " cut to " + length + " bytes");
            }
            bytes.clear();
            bytes.write(whole);
            bytes.writeByte((byte) 0);
            assertThrows(IllegalStateException.class, () -> EventCodec.read(bytes, 5));
        }
    }

    @Test
    void writingAllocatesNothing() {
        List<Event> events = SampleEvents.oneOfEach();
        Bytes<?> target = Bytes.allocateElasticDirect(4096);
        try {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            for (int warmUp = 0; warmUp < 20_000; warmUp++) {
                writeAll(target, events);
            }
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int round = 0; round < 10_000; round++) {
                writeAll(target, events);
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertEquals(0, allocated, "bytes allocated by 10,000 rounds of encoding every event type");
        } finally {
            target.releaseLast();
        }
    }

    private static void writeAll(Bytes<?> target, List<Event> events) {
        for (int i = 0; i < events.size(); i++) {
            target.clear();
            EventCodec.write(target, AT_MICROS, "op7", "P1", events.get(i));
        }
    }

    private JournaledEvent roundTrip(JournaledEvent event) {
        bytes.clear();
        EventCodec.write(bytes, event.atMicros(), event.operator(), event.position(), event.event());
        return EventCodec.read(bytes, event.index());
    }

    private Event roundTrip(Event event) {
        return roundTrip(new JournaledEvent(1, AT_MICROS, "op", "P1", event)).event();
    }

    private byte[] encode(long atMicros, String operator, String position, Event event) {
        bytes.clear();
        EventCodec.write(bytes, atMicros, operator, position, event);
        byte[] encoded = new byte[(int) bytes.readRemaining()];
        bytes.read(encoded);
        bytes.clear();
        return encoded;
    }
}
