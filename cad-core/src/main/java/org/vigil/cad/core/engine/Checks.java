package org.vigil.cad.core.engine;

/** Small input checks shared by the rules. */
final class Checks {
    private Checks() {
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static boolean isPosition(double latitude, double longitude) {
        return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
    }

    /** Both unknown (NaN), or both in range. */
    static boolean isOptionalPosition(double latitude, double longitude) {
        return (Double.isNaN(latitude) && Double.isNaN(longitude)) || isPosition(latitude, longitude);
    }
}
