package org.vigil.cad.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A location is known by an address or a full position; a dispatcher can only be sent to a position on Earth. */
class LocationTest {

    @Test
    void aMissingAddressIsEmptyNeverNull() {
        assertEquals("", new Location(null, 1, 2, 3, 4).address());
    }

    @Test
    void theUnknownLocationIsNotKnown() {
        assertFalse(Location.UNKNOWN.isKnown());
        assertFalse(Location.UNKNOWN.hasPosition());
    }

    @Test
    void anAddressAloneIsKnownButABlankOneIsNot() {
        assertTrue(Location.ofAddress("600 Market St").isKnown());
        assertFalse(Location.ofAddress("  ").isKnown());
    }

    @Test
    void aPositionNeedsBothCoordinates() {
        assertTrue(Location.ofPoint(37.78, -122.41).isKnown());
        assertFalse(new Location("", 37.78, Double.NaN, Double.NaN, 0).isKnown());
        assertFalse(new Location("", Double.NaN, -122.41, Double.NaN, 0).hasPosition());
    }

    @ParameterizedTest
    @CsvSource({"90, 180, true", "-90, -180, true", "90.0001, 0, false", "0, -180.0001, false",
            "Infinity, 0, false"})
    void aValidPositionIsWithinWgs84Ranges(double latitude, double longitude, boolean valid) {
        assertEquals(valid, Location.ofPoint(latitude, longitude).hasValidPosition());
    }
}
