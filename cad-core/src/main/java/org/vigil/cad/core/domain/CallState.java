package org.vigil.cad.core.domain;

/** A telephone session's state: it rings, then is answered or abandoned; an answered call ends released or transferred. */
public enum CallState {
    RINGING,
    ANSWERED,
    RELEASED,
    ABANDONED,
    TRANSFERRED;

    private static final CallState[] VALUES = values();

    public static CallState ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
