package org.vigil.cad.core.domain;

/** The line or feed a call arrived on. */
public enum CallSource {
    EMERGENCY_911,
    ADMIN_LINE,
    TEXT,
    TTY,
    TELEMATICS,
    ALARM;

    private static final CallSource[] VALUES = values();

    public static CallSource ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
