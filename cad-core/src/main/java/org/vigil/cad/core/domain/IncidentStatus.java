package org.vigil.cad.core.domain;

/** An incident's progress; it only moves forward until it is closed, and a reopen starts it again. */
public enum IncidentStatus {
    PENDING,
    DISPATCHED,
    ENROUTE,
    ONSCENE,
    CLOSED,
    REOPENED;

    private static final IncidentStatus[] VALUES = values();

    public static IncidentStatus ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** Waiting for a unit: a new incident, or a reopened one. */
    public boolean isAwaitingDispatch() {
        return this == PENDING || this == REOPENED;
    }
}
