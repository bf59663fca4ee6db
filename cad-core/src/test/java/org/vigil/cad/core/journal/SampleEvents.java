package org.vigil.cad.core.journal;

import java.util.List;
import java.util.Map;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** At least one of every event type, with the awkward values: NaN payloads, nulls, non-Latin text, extremes. */
final class SampleEvents {
    /** A quiet NaN with a payload that a canonicalising codec would lose. */
    static final long NAN_WITH_PAYLOAD_BITS = 0x7ff8_0000_0000_1234L;
    static final double NAN_WITH_PAYLOAD = Double.longBitsToDouble(NAN_WITH_PAYLOAD_BITS);
    static final String INCIDENT = "26-000042";

    private SampleEvents() {
    }

    static List<Event> oneOfEach() {
        Location wireless = new Location("Market St & 5th St, San Francisco", 37.78385, -122.40776, 48.5, 90);
        return List.of(
                new Event.UnitRegistered("E12", "ENGINE", "SFFD", "Station 12", 37.7749, -122.4194),
                new Event.UnitRegistered("M7", "MEDIC", "", "", NAN_WITH_PAYLOAD, Double.NaN),
                new Event.CallOffered(1, CallSource.EMERGENCY_911, "4155550100", "4155550100", "WPH2", "DOE, JANE",
                        wireless, Map.of("ESN", "00123", "CPF", "VZW"), "\u0002911 WPH2 (415) 555-0100 MARKET ST\u0003"),
                new Event.CallOffered(2, CallSource.TEXT, "", "", "", "", Location.UNKNOWN, Map.of(),
                        "unparsable \u00ff\u0000 spill"),
                new Event.CallOffered(3, null, null, null, null, null, null, null, null),
                new Event.CallLocationUpdated(1, new Location("", 37.7839, -122.4078, 12.0, 95), "rebid"),
                new Event.CallTextAdded(2, Event.CallTextAdded.CALLER, "help, I cannot talk"),
                new Event.CallAnswered(1, "P1"),
                new Event.CallAbandoned(Long.MAX_VALUE),
                new Event.CallReleased(1),
                new Event.CallTransferred(1, "CHP Golden Gate"),
                new Event.IncidentCreated(INCIDENT, 2026, 42, 1, "STRUCTURE FIRE", 1,
                        Location.ofAddress("1 Dr Carlton B Goodlett Pl")),
                new Event.IncidentCreated("26-000043", 2026, 43, 0, "ALARM", 9, Location.ofPoint(-33.9, 151.2)),
                new Event.NarrativeAdded(INCIDENT, "op7", "smoke from 2nd floor — caller says «ça brûle» \uD83D\uDD25"),
                new Event.UnitAssigned(INCIDENT, "E12"),
                new Event.UnitStatusChanged("E12", UnitStatus.AVAILABLE, UnitStatus.DISPATCHED, INCIDENT, false),
                new Event.UnitStatusChanged("E12", UnitStatus.ONSCENE, UnitStatus.AVAILABLE, null, true),
                new Event.IncidentStatusChanged(INCIDENT, IncidentStatus.PENDING, IncidentStatus.DISPATCHED),
                new Event.UnitPositionUpdated("E12", 37.7793, -122.4193),
                new Event.UnitPositionUpdated("M7", -0.0, NAN_WITH_PAYLOAD),
                new Event.IncidentClosed(INCIDENT, "FIRE OUT"),
                new Event.IncidentReopened(INCIDENT),
                new Event.UnitTimerExpired("E12", UnitStatus.ONSCENE, INCIDENT, 1_200_000_000L),
                new Event.UnitTimerExpired("M7", UnitStatus.OUTOFSERVICE, null, Long.MIN_VALUE),
                new Event.CommandRejected("AssignUnit", RejectReason.UNIT_NOT_AVAILABLE, "E12 is ONSCENE on " + INCIDENT,
                        Event.incidentSubject(INCIDENT)),
                new Event.CommandRejected("Tick", RejectReason.INTERNAL_ERROR, "", ""));
    }
}
