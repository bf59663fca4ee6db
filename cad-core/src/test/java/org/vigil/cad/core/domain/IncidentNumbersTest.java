package org.vigil.cad.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** YY-NNNNNN: two-digit year, six-digit sequence, as typed on a CAD command line. */
class IncidentNumbersTest {

    @ParameterizedTest
    @CsvSource({"2026, 1, 26-000001", "2026, 123, 26-000123", "2027, 999999, 27-999999", "2100, 42, 00-000042",
            "1999, 500000, 99-500000", "2009, 7, 09-000007"})
    void aNumberIsTheTwoDigitYearAndTheZeroPaddedSequence(int year, int sequence, String expected) {
        assertEquals(expected, IncidentNumbers.format(year, sequence));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1_000_000, Integer.MAX_VALUE})
    void aSequenceOutsideOneToNineHundredNinetyNineThousandIsRefused(int sequence) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> IncidentNumbers.format(2026, sequence));

        assertEquals("incident sequence out of range: " + sequence, refused.getMessage());
    }

    @Test
    void everyFormattedNumberIsWellFormed() {
        assertTrue(IncidentNumbers.isWellFormed(IncidentNumbers.format(2026, 1)));
        assertTrue(IncidentNumbers.isWellFormed(IncidentNumbers.format(2099, IncidentNumbers.MAX_SEQUENCE)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"26000001", "26-00001", "26-0000001", "2a-000001", "26_000001", "26-00000x",
            " 26-000001", "-26-00001",
            // Non-ASCII digits pass Character.isDigit but no dispatcher types them, and no incident has them.
            "\u0662\u0666-\u0660\u0660\u0660\u0660\u0660\u0661", "\uFF12\uFF16-\uFF10\uFF10\uFF10\uFF10\uFF10\uFF11"})
    void anythingElseIsNotAnIncidentNumber(String text) {
        assertFalse(IncidentNumbers.isWellFormed(text), () -> "'" + text + "'");
    }
}
