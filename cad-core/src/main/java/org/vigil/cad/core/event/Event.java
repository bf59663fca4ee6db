package org.vigil.cad.core.event;

import java.util.Map;
import org.vigil.cad.core.domain.CallDetails;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.UnitStatus;

/**
 * The one event vocabulary: what the engine decided, journaled, replayed and pushed to consoles.
 * Each event holds everything its {@code apply} needs, so replay never consults a command.
 * Adding a field or a type means a new {@link #FORMAT_VERSION} and a codec that still reads the old one.
 */
public sealed interface Event {
    int FORMAT_VERSION = 1;

    /** What the event is about, as {@code kind:id}, for the audit trail and the timeline index. */
    String subject();

    static String unitSubject(String unitId) {
        return "unit:" + unitId;
    }

    static String incidentSubject(String number) {
        return "incident:" + number;
    }

    static String callSubject(long callId) {
        return "call:" + callId;
    }

    record UnitRegistered(String unitId, String unitType, String agency, String station,
                          double homeLatitude, double homeLongitude) implements Event {
        public String subject() {
            return Event.unitSubject(unitId);
        }
    }

    record CallOffered(long callId, CallSource source, String ani, String rebidKey, String classOfService,
                       String callerName, Location location, Map<String, String> details, String rawInput)
            implements Event {

        public CallOffered {
            details = CallDetails.copyOf(details);
        }

        public String subject() {
            return Event.callSubject(callId);
        }
    }

    /** A rebid or later location; {@code rawInput} is the record it came in, empty when typed. */
    record CallLocationUpdated(long callId, Location location, String rawInput) implements Event {
        public String subject() {
            return Event.callSubject(callId);
        }
    }

    /** One message of a text or TTY session; {@code sender} is "caller" or the call-taker's user name. */
    record CallTextAdded(long callId, String sender, String text) implements Event {
        public static final String CALLER = "caller";

        public String subject() {
            return Event.callSubject(callId);
        }
    }

    record CallAnswered(long callId, String position) implements Event {
        public String subject() {
            return Event.callSubject(callId);
        }
    }

    record CallAbandoned(long callId) implements Event {
        public String subject() {
            return Event.callSubject(callId);
        }
    }

    record CallReleased(long callId) implements Event {
        public String subject() {
            return Event.callSubject(callId);
        }
    }

    record CallTransferred(long callId, String agency) implements Event {
        public String subject() {
            return Event.callSubject(callId);
        }
    }

    /** {@code sequence} is the incident's place in its year, so replay restores numbering exactly. */
    record IncidentCreated(String incidentNumber, int year, int sequence, long callId, String incidentType,
                           int priority, Location location) implements Event {
        public String subject() {
            return Event.incidentSubject(incidentNumber);
        }
    }

    record NarrativeAdded(String incidentNumber, String author, String text) implements Event {
        public String subject() {
            return Event.incidentSubject(incidentNumber);
        }
    }

    record UnitAssigned(String incidentNumber, String unitId) implements Event {
        public String subject() {
            return Event.incidentSubject(incidentNumber);
        }
    }

    /** {@code incidentNumber} is the incident the unit works after the change, or null. */
    record UnitStatusChanged(String unitId, UnitStatus from, UnitStatus to, String incidentNumber,
                             boolean override) implements Event {
        public String subject() {
            return Event.unitSubject(unitId);
        }
    }

    record IncidentStatusChanged(String incidentNumber, IncidentStatus from, IncidentStatus to) implements Event {
        public String subject() {
            return Event.incidentSubject(incidentNumber);
        }
    }

    record UnitPositionUpdated(String unitId, double latitude, double longitude) implements Event {
        public String subject() {
            return Event.unitSubject(unitId);
        }
    }

    record IncidentClosed(String incidentNumber, String disposition) implements Event {
        public String subject() {
            return Event.incidentSubject(incidentNumber);
        }
    }

    record IncidentReopened(String incidentNumber) implements Event {
        public String subject() {
            return Event.incidentSubject(incidentNumber);
        }
    }

    /** A unit stayed in a status longer than its timer allows; it fires once per status entry. */
    record UnitTimerExpired(String unitId, UnitStatus status, String incidentNumber, long limitMicros)
            implements Event {
        public String subject() {
            return Event.unitSubject(unitId);
        }
    }

    /** A refused command, journaled like any event so the audit trail shows what was asked and why not. */
    record CommandRejected(String command, RejectReason reason, String detail, String rejectedSubject)
            implements Event {
        public String subject() {
            return rejectedSubject;
        }
    }
}
