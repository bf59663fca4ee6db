package org.vigil.cad.telephony.pidf;

import java.util.Optional;

/** The geodetic shapes of RFC 5491 (GML Point and Polygon, and the GeoShape application schema). */
public enum ShapeType {
    POINT("Point"),
    CIRCLE("Circle"),
    ELLIPSE("Ellipse"),
    ARC_BAND("ArcBand"),
    POLYGON("Polygon"),
    SPHERE("Sphere"),
    ELLIPSOID("Ellipsoid"),
    PRISM("Prism");

    private final String elementName;

    ShapeType(String elementName) {
        this.elementName = elementName;
    }

    /** The XML element's local name, e.g. "ArcBand". */
    public String elementName() {
        return elementName;
    }

    public static Optional<ShapeType> ofElementName(String localName) {
        for (ShapeType type : values()) {
            if (type.elementName.equals(localName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
