package org.vigil.cad.core.domain;

import java.util.EnumSet;
import java.util.Set;

/** A unit's status on the board, with the moves a dispatcher may make without an override. */
public enum UnitStatus {
    AVAILABLE,
    DISPATCHED,
    ENROUTE,
    ONSCENE,
    TRANSPORTING,
    ATHOSPITAL,
    OUTOFSERVICE;

    private Set<UnitStatus> next;

    static {
        AVAILABLE.next = EnumSet.of(DISPATCHED, OUTOFSERVICE);
        DISPATCHED.next = EnumSet.of(ENROUTE, ONSCENE, AVAILABLE);
        ENROUTE.next = EnumSet.of(ONSCENE, AVAILABLE);
        ONSCENE.next = EnumSet.of(TRANSPORTING, AVAILABLE);
        TRANSPORTING.next = EnumSet.of(ATHOSPITAL, AVAILABLE);
        ATHOSPITAL.next = EnumSet.of(AVAILABLE);
        OUTOFSERVICE.next = EnumSet.of(AVAILABLE);
    }

    /** True when the move is a normal step; anything else needs an explicit, journaled override. */
    public boolean canMoveTo(UnitStatus target) {
        return next.contains(target);
    }

    /** Statuses in which the unit works an incident, so it must have one. */
    public boolean isCommitted() {
        return this != AVAILABLE && this != OUTOFSERVICE;
    }

    private static final UnitStatus[] VALUES = values();

    public static UnitStatus ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
