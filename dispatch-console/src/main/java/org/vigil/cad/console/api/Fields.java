package org.vigil.cad.console.api;

/** Checks on decoded request fields; a failure becomes a 400 carrying the message. */
final class Fields {
    private Fields() {
    }

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("missing field \"" + name + "\"");
        }
        return value;
    }

    static String requiredText(String value, String name) {
        if (required(value, name).isBlank()) {
            throw new IllegalArgumentException("field \"" + name + "\" must not be blank");
        }
        return value;
    }

    /** A coordinate pair is given whole or not at all. */
    static void pair(Double latitude, Double longitude, String latitudeName, String longitudeName) {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("fields \"" + latitudeName + "\" and \"" + longitudeName
                    + "\" go together: give both or neither");
        }
    }

    static double orUnknown(Double value) {
        return value == null ? Double.NaN : value;
    }
}
