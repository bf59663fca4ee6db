package org.vigil.cad.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The move table a dispatcher works from, as the status enum encodes it. */
class UnitStatusTest {
    private static final Set<String> NORMAL_MOVES = Set.of(
            "AVAILABLE>DISPATCHED", "AVAILABLE>OUTOFSERVICE",
            "DISPATCHED>ENROUTE", "DISPATCHED>ONSCENE", "DISPATCHED>AVAILABLE",
            "ENROUTE>ONSCENE", "ENROUTE>AVAILABLE",
            "ONSCENE>TRANSPORTING", "ONSCENE>AVAILABLE",
            "TRANSPORTING>ATHOSPITAL", "TRANSPORTING>AVAILABLE",
            "ATHOSPITAL>AVAILABLE",
            "OUTOFSERVICE>AVAILABLE");

    @ParameterizedTest
    @EnumSource(UnitStatus.class)
    void eachStatusAllowsExactlyTheNormalMovesOfTheTable(UnitStatus from) {
        Set<UnitStatus> expected = EnumSet.noneOf(UnitStatus.class);
        Set<UnitStatus> actual = EnumSet.noneOf(UnitStatus.class);
        for (UnitStatus to : UnitStatus.values()) {
            if (NORMAL_MOVES.contains(from + ">" + to)) {
                expected.add(to);
            }
            if (from.canMoveTo(to)) {
                actual.add(to);
            }
        }

        assertEquals(expected, actual, () -> "normal moves from " + from);
    }

    @Test
    void everyWorkingStatusIsCommittedAndOnlyThose() {
        Set<UnitStatus> committed = EnumSet.noneOf(UnitStatus.class);
        for (UnitStatus status : UnitStatus.values()) {
            if (status.isCommitted()) {
                committed.add(status);
            }
        }

        assertEquals(EnumSet.of(UnitStatus.DISPATCHED, UnitStatus.ENROUTE, UnitStatus.ONSCENE,
                UnitStatus.TRANSPORTING, UnitStatus.ATHOSPITAL), committed);
    }

    @Test
    void everyCommittedStatusCanBeClearedToAvailableWithoutAnOverride() {
        for (UnitStatus status : UnitStatus.values()) {
            if (status.isCommitted()) {
                assertEquals(true, status.canMoveTo(UnitStatus.AVAILABLE), status::name);
            }
        }
    }
}
