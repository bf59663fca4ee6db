package org.vigil.cad.telephony.pidf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A geodetic shape exactly as the document described it.
 *
 * @param type     which RFC 5491 shape
 * @param srsName  the coordinate reference system named on the shape ("" if none)
 * @param points   the centre (Circle, Ellipse, ArcBand, Sphere, Ellipsoid, Point) or the exterior ring
 *                 vertices in document order, closing vertex included (Polygon, Prism base)
 * @param measures the shape's lengths and angles by element name (radius, semiMajorAxis, innerRadius,
 *                 startAngle, height, ...) in document order, with their units
 */
public record GeoShape(ShapeType type, String srsName, List<Position> points, Map<String, Measure> measures) {

    public GeoShape {
        srsName = srsName == null ? "" : srsName;
        points = List.copyOf(points);
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    public Optional<Measure> measure(String name) {
        return Optional.ofNullable(measures.get(name));
    }

    /** A point and a circle around it that contains the whole shape; see {@link ShapeReduction}. */
    public ShapeReduction.Circle reduce() {
        return ShapeReduction.reduce(this);
    }
}
