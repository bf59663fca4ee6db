package org.vigil.cad.telephony.pidf;

import java.util.ArrayList;
import java.util.List;

/**
 * Reduces any shape to what a dispatcher's map and the core {@code Location} hold: one point and the radius
 * of a circle around it that contains the whole shape, so the reduction never claims more precision than
 * the shape had.
 * <ul>
 * <li>Point: the point, radius unknown (NaN).</li>
 * <li>Circle, Sphere: the centre and the radius.</li>
 * <li>Ellipse, Ellipsoid: the centre and the semi-major axis.</li>
 * <li>ArcBand: the point at mid radius on the middle bearing, and the distance from it to the farthest
 *     corner of the band (a point on either arc is farthest at the arc's end).</li>
 * <li>Polygon, Prism: the area centroid of the (base) ring, and the distance to its farthest vertex; a disc
 *     that holds every vertex holds their convex hull and so the polygon.</li>
 * </ul>
 * Vertical extent (altitude, height, vertical axis) is kept in the shape but not in the reduction.
 */
public final class ShapeReduction {

    /** The reduction: a centre and a radius in metres (NaN when the shape has no extent). */
    public record Circle(Position centre, double radiusMetres) {
    }

    private ShapeReduction() {
    }

    static Circle reduce(GeoShape shape) {
        if (shape.points().isEmpty()) {
            return new Circle(Position.of(Double.NaN, Double.NaN), Double.NaN);
        }
        Position first = shape.points().get(0);
        return switch (shape.type()) {
            case POINT -> new Circle(first, Double.NaN);
            case CIRCLE, SPHERE -> new Circle(first, metres(shape, "radius"));
            case ELLIPSE, ELLIPSOID -> new Circle(first, metres(shape, "semiMajorAxis"));
            case ARC_BAND -> arcBand(shape, first);
            case POLYGON, PRISM -> polygon(shape.points());
        };
    }

    private static double metres(GeoShape shape, String name) {
        return shape.measure(name).map(Measure::metres).orElse(Double.NaN);
    }

    private static Circle arcBand(GeoShape shape, Position centre) {
        double inner = metres(shape, "innerRadius");
        double outer = metres(shape, "outerRadius");
        double start = shape.measure("startAngle").map(Measure::degrees).orElse(0.0);
        double opening = shape.measure("openingAngle").map(Measure::degrees).orElse(360.0);
        if (Double.isNaN(inner) || Double.isNaN(outer)) {
            return new Circle(centre, Double.NaN);
        }
        double middleRadius = (inner + outer) / 2;
        Position representative = Geodesy.destination(centre, start + opening / 2, middleRadius);
        double halfOpening = Math.toRadians(Math.min(opening, 360) / 2);
        double toOuterEnd = lawOfCosines(outer, middleRadius, halfOpening);
        double toInnerEnd = lawOfCosines(inner, middleRadius, halfOpening);
        return new Circle(representative, Math.max(toOuterEnd, toInnerEnd));
    }

    private static double lawOfCosines(double a, double b, double angle) {
        return Math.sqrt(Math.max(0, a * a + b * b - 2 * a * b * Math.cos(angle)));
    }

    private static Circle polygon(List<Position> ring) {
        List<Position> vertices = openRing(ring);
        Position centroid = centroid(vertices);
        double radius = 0;
        for (Position vertex : vertices) {
            radius = Math.max(radius, Geodesy.distanceMetres(centroid, vertex));
        }
        return new Circle(centroid, radius);
    }

    /** The ring without its closing vertex, which repeats the first. */
    private static List<Position> openRing(List<Position> ring) {
        List<Position> vertices = new ArrayList<>(ring);
        if (vertices.size() > 1) {
            Position first = vertices.get(0);
            Position last = vertices.get(vertices.size() - 1);
            if (first.latitude() == last.latitude() && first.longitude() == last.longitude()) {
                vertices.remove(vertices.size() - 1);
            }
        }
        return vertices;
    }

    /**
     * Area centroid (RFC 7459 section 4.1.1) on a local plane through the first vertex: east metres scaled by
     * the cosine of its latitude, north metres as they are. A degenerate ring falls back to the vertex mean.
     */
    private static Position centroid(List<Position> vertices) {
        Position origin = vertices.get(0);
        double cosLat = Math.cos(Math.toRadians(origin.latitude()));
        int n = vertices.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (vertices.get(i).longitude() - origin.longitude()) * cosLat;
            y[i] = vertices.get(i).latitude() - origin.latitude();
        }
        double twiceArea = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double cross = x[i] * y[j] - x[j] * y[i];
            twiceArea += cross;
            cx += (x[i] + x[j]) * cross;
            cy += (y[i] + y[j]) * cross;
        }
        if (Math.abs(twiceArea) < 1e-18) {
            double sumX = 0;
            double sumY = 0;
            for (int i = 0; i < n; i++) {
                sumX += x[i];
                sumY += y[i];
            }
            cx = sumX / n;
            cy = sumY / n;
        } else {
            cx /= 3 * twiceArea;
            cy /= 3 * twiceArea;
        }
        return Position.of(origin.latitude() + cy, origin.longitude() + cx / cosLat);
    }
}
