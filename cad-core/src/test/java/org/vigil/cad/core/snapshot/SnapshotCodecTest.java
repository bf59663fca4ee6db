package org.vigil.cad.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.Unit;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.engine.EngineState;
import org.vigil.cad.core.engine.StateHash;

class SnapshotCodecTest {
    private static final long JOURNAL_INDEX = 89_245_125_443_584L;
    /** Begin marker, then the version. */
    private static final int VERSION_OFFSET = 8;
    private static final int TIME_UNIT_OFFSET = VERSION_OFFSET + 4 + 8;

    private final Floor floor = Floor.busyAfternoon();

    @Test
    void theScenarioReachesEveryKindOfStateASnapshotMustCarry() {
        EngineState state = floor.state();
        assertEquals(4, state.units().size());
        assertTrue(state.unit("E12").statusTimerFired(), "E12's on-scene timer fired");
        assertEquals(UnitStatus.ATHOSPITAL, state.unit("M7").status());
        assertEquals(UnitStatus.OUTOFSERVICE, state.unit("1A23").status());
        assertTrue(Double.isNaN(state.unit("T5").homeLatitude()));
        assertEquals(Long.MIN_VALUE, state.unit("T5").positionAtMicros(), "T5 never reported a position");
        assertEquals(IncidentStatus.ONSCENE, state.incident("26-000001").status());
        assertEquals(IncidentStatus.CLOSED, state.incident("26-000002").status());
        assertEquals(IncidentStatus.REOPENED, state.incident("26-000003").status());
        assertEquals(List.of(CallState.ANSWERED, CallState.ABANDONED, CallState.TRANSFERRED, CallState.RELEASED,
                CallState.RINGING), state.calls().stream().sorted((a, b) -> Long.compare(a.id(), b.id()))
                .map(Call::state).toList());
        assertEquals(2, state.call(1).locations().size(), "the rebid is a second location version");
        assertEquals(1, state.rejectedCommands(), "assigning the unknown E99 was refused");
    }

    @Test
    void theStateComesBackWithTheSameHashAndTheJournalIndex() {
        Snapshot restored = SnapshotCodec.decode(SnapshotCodec.encode(JOURNAL_INDEX, floor.state()));

        assertEquals(JOURNAL_INDEX, restored.journalIndex());
        assertEquals(floor.stateHash(), StateHash.of(restored.state()));
    }

    @Test
    void restoredObjectsCarryEveryField() {
        EngineState restored = SnapshotCodec.decode(SnapshotCodec.encode(JOURNAL_INDEX, floor.state())).state();

        Unit e12 = restored.unit("E12");
        Unit original = floor.state().unit("E12");
        assertEquals(original.statusSinceMicros(), e12.statusSinceMicros());
        assertEquals(original.positionAtMicros(), e12.positionAtMicros());
        assertEquals(original.latitude(), e12.latitude());
        assertEquals("26-000001", e12.incidentNumber());
        assertNull(restored.unit("T5").incidentNumber());
        Incident fire = restored.incident("26-000001");
        assertEquals(floor.state().incident("26-000001").narrative(), fire.narrative());
        assertEquals(List.of("E12", "M7"), fire.assignedUnitIds());
        assertEquals(List.of(1L), fire.callIds());
        assertEquals("REPORT TAKEN", restored.incident("26-000002").disposition());
        assertEquals("", restored.incident("26-000003").disposition());
        assertEquals("CHP Golden Gate", restored.call(3).transferredTo());
        assertEquals(floor.state().call(1).locations(), restored.call(1).locations());
        assertEquals(floor.state().nextCallId(), restored.nextCallId());
        assertEquals(floor.state().incidentSequence(), restored.incidentSequence());
    }

    @Test
    void aRestoredEngineDecidesExactlyAsTheOriginal() {
        EngineState restored = SnapshotCodec.decode(SnapshotCodec.encode(JOURNAL_INDEX, floor.state())).state();
        Floor twin = Floor.restoredFrom(restored, floor);
        int before = floor.events().size();

        for (Floor f : List.of(floor, twin)) {
            f.after(10, new Command.OfferCall(null, "4155550144", "WRLS", null, "garbled"))
                    .after(5, new Command.CreateIncident(6, "MEDICAL", 2,
                            Location.ofAddress("200 Larkin St"), "fall, conscious"))
                    .after(5, new Command.AssignUnit("26-000004", "T5"))
                    .after(60, new Command.ChangeUnitStatus("E12", UnitStatus.AVAILABLE, false))
                    .after(1_800, new Command.Tick())
                    .after(5, new Command.CloseIncident("26-000001", "FIRE OUT"));
        }

        assertEquals(floor.events().subList(before, floor.events().size()), twin.events());
        assertEquals(floor.stateHash(), twin.stateHash());
        assertTrue(twin.events().size() > 8, "the follow-up did real work: " + twin.events());
    }

    @Test
    void aPayloadCapturedBetweenCommandsIsFramedOnceTheJournalIndexIsKnown() {
        long capturedHash = floor.stateHash();
        byte[] captured = SnapshotCodec.payloadOf(floor.state());
        floor.after(5, new Command.AddNarrative("26-000001", "a line decided after the capture"));

        byte[] file = SnapshotCodec.frame(JOURNAL_INDEX, captured);
        Snapshot restored = SnapshotCodec.decode(file);

        assertEquals(JOURNAL_INDEX, restored.journalIndex());
        assertEquals(capturedHash, StateHash.of(restored.state()));
        assertTrue(capturedHash != floor.stateHash(), "the later command changed the live state only");
    }

    @Test
    void everySingleByteCorruptionIsRefused() {
        byte[] good = SnapshotCodec.encode(JOURNAL_INDEX, floor.state());
        for (int at = 0; at < good.length; at++) {
            // The journal index is not checked here; the store checks it against the file name.
            if (at >= VERSION_OFFSET + 4 && at < TIME_UNIT_OFFSET) {
                continue;
            }
            byte[] bad = good.clone();
            bad[at] ^= 0x5a;
            assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.decode(bad), "byte " + at + " flipped");
        }
    }

    @Test
    void everyTruncationIsRefused() {
        byte[] good = SnapshotCodec.encode(JOURNAL_INDEX, floor.state());
        for (int length = 0; length < good.length; length++) {
            byte[] cut = Arrays.copyOf(good, length);
            assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.decode(cut), "cut to " + length);
        }
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.decode(longer));
    }

    @Test
    void anUnknownVersionOrTimeUnitIsRefusedSayingSo() {
        byte[] newer = SnapshotCodec.encode(JOURNAL_INDEX, floor.state());
        ByteBuffer.wrap(newer).putInt(VERSION_OFFSET, SnapshotCodec.FORMAT_VERSION + 1);
        SnapshotFormatException version = assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.decode(newer));
        assertTrue(version.getMessage().contains("format version 2"), version.getMessage());

        byte[] millis = SnapshotCodec.encode(JOURNAL_INDEX, floor.state());
        millis[TIME_UNIT_OFFSET] = 2;
        SnapshotFormatException unit = assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.decode(millis));
        assertTrue(unit.getMessage().contains("time unit"), unit.getMessage());
    }

    @Test
    void anEmptyStateRoundTrips() {
        EngineState empty = new EngineState();
        Snapshot restored = SnapshotCodec.decode(SnapshotCodec.encode(0, empty));
        assertEquals(StateHash.of(empty), StateHash.of(restored.state()));
        assertFalse(restored.state().units().iterator().hasNext());
    }
}
