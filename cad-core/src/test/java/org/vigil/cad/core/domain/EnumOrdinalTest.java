package org.vigil.cad.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Codecs write enums by ordinal, so each must read back as itself. */
class EnumOrdinalTest {

    @Test
    void everyDomainEnumReadsBackFromItsOrdinal() {
        for (UnitStatus value : UnitStatus.values()) {
            assertEquals(value, UnitStatus.ofOrdinal(value.ordinal()));
        }
        for (IncidentStatus value : IncidentStatus.values()) {
            assertEquals(value, IncidentStatus.ofOrdinal(value.ordinal()));
        }
        for (CallState value : CallState.values()) {
            assertEquals(value, CallState.ofOrdinal(value.ordinal()));
        }
        for (CallSource value : CallSource.values()) {
            assertEquals(value, CallSource.ofOrdinal(value.ordinal()));
        }
    }

    @Test
    void onlyANewOrReopenedIncidentAwaitsDispatch() {
        for (IncidentStatus status : IncidentStatus.values()) {
            boolean waiting = status == IncidentStatus.PENDING || status == IncidentStatus.REOPENED;
            if (waiting) {
                assertTrue(status.isAwaitingDispatch(), status::name);
            } else {
                assertFalse(status.isAwaitingDispatch(), status::name);
            }
        }
    }
}
