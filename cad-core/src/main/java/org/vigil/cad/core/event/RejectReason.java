package org.vigil.cad.core.event;

/** Why a command was refused; the detail text in {@link Event.CommandRejected} says it for a person. */
public enum RejectReason {
    INVALID_INPUT,
    UNKNOWN_UNIT,
    UNKNOWN_INCIDENT,
    UNKNOWN_CALL,
    DUPLICATE_UNIT,
    ILLEGAL_TRANSITION,
    UNIT_NOT_AVAILABLE,
    INCIDENT_CLOSED,
    INCIDENT_NOT_CLOSED,
    CALL_NOT_RINGING,
    CALL_NOT_ANSWERED,
    CALL_ENDED,
    NUMBERING_EXHAUSTED,
    INTERNAL_ERROR;

    private static final RejectReason[] VALUES = values();

    public static RejectReason ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
