package org.vigil.cad.telephony.pidf;

/**
 * A length or angle of a shape as the document gave it.
 *
 * @param value the number
 * @param uom   the unit-of-measure URN (EPSG 9001 metres, 9102 degrees, ...), "" when none was given
 */
public record Measure(double value, String uom) {
    static final String METRES = "urn:ogc:def:uom:EPSG::9001";
    static final String FEET = "urn:ogc:def:uom:EPSG::9002";
    static final String US_SURVEY_FEET = "urn:ogc:def:uom:EPSG::9003";
    static final String DEGREES = "urn:ogc:def:uom:EPSG::9102";
    static final String RADIANS = "urn:ogc:def:uom:EPSG::9101";

    public Measure {
        uom = uom == null ? "" : uom;
    }

    /** True when the unit is one this parser converts; RFC 5491 allows only metres and degrees anyway. */
    boolean knownUnit() {
        return uom.isEmpty() || uom.equals(METRES) || uom.equals(FEET) || uom.equals(US_SURVEY_FEET)
                || uom.equals(DEGREES) || uom.equals(RADIANS);
    }

    /** The value as metres; a missing or unknown unit is taken as metres, the only one RFC 5491 allows. */
    double metres() {
        return switch (uom) {
            case FEET -> value * 0.3048;
            case US_SURVEY_FEET -> value * 1200.0 / 3937.0;
            default -> value;
        };
    }

    /** The value as degrees; a missing or unknown unit is taken as degrees, the only one RFC 5491 allows. */
    double degrees() {
        return RADIANS.equals(uom) ? Math.toDegrees(value) : value;
    }
}
