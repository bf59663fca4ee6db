package org.vigil.cad.core.journal;

/**
 * The type byte of each event record in a journal document. Fixed for good, never derived from the order
 * of {@code Event}'s permitted subclasses: a code is never reused, a new type takes the next free one.
 */
final class EventTypeCodes {
    static final int UNIT_REGISTERED = 1;
    static final int CALL_OFFERED = 2;
    static final int CALL_LOCATION_UPDATED = 3;
    static final int CALL_ANSWERED = 4;
    static final int CALL_ABANDONED = 5;
    static final int CALL_RELEASED = 6;
    static final int CALL_TRANSFERRED = 7;
    static final int INCIDENT_CREATED = 8;
    static final int NARRATIVE_ADDED = 9;
    static final int UNIT_ASSIGNED = 10;
    static final int UNIT_STATUS_CHANGED = 11;
    static final int INCIDENT_STATUS_CHANGED = 12;
    static final int UNIT_POSITION_UPDATED = 13;
    static final int INCIDENT_CLOSED = 14;
    static final int INCIDENT_REOPENED = 15;
    static final int UNIT_TIMER_EXPIRED = 16;
    static final int COMMAND_REJECTED = 17;
    static final int CALL_TEXT_ADDED = 18;

    private EventTypeCodes() {
    }
}
