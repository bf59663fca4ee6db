package org.vigil.cad.telephony.pidf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one RFC 5491 shape element into a {@link GeoShape}, noting what is missing or unreadable. */
final class ShapeReader {
    private static final Set<String> GEOMETRY_ELEMENTS = Set.of("pos", "posList", "coordinates", "exterior",
            "interior", "base", "LinearRing", "Polygon", "outerBoundaryIs");

    private ShapeReader() {
    }

    static Optional<GeoShape> read(XmlElement element, ShapeType type, List<String> problems) {
        String srsName = element.attribute("srsName").orElse("");
        List<Position> points = switch (type) {
            case POLYGON -> ring(element, srsName, problems);
            case PRISM -> element.descendant("Polygon").map(p -> ring(p, srsName, problems)).orElseGet(() -> {
                problems.add("Prism without a base Polygon");
                return List.of();
            });
            default -> centre(element, problems);
        };
        if (points.isEmpty()) {
            problems.add(type.elementName() + " has no usable position; shape ignored");
            return Optional.empty();
        }
        for (Position point : points) {
            if (!point.inRange()) {
                problems.add(type.elementName() + " position out of WGS 84 range: " + point.latitude() + " "
                        + point.longitude());
                break;
            }
        }
        Map<String, Measure> measures = measures(element, problems);
        for (String required : required(type)) {
            if (!measures.containsKey(required)) {
                problems.add(type.elementName() + " without " + required);
            }
        }
        if ((type == ShapeType.POLYGON || type == ShapeType.PRISM) && distinctVertices(points) < 3) {
            problems.add(type.elementName() + " ring has fewer than 3 distinct vertices");
        }
        return Optional.of(new GeoShape(type, srsName, points, measures));
    }

    private static int distinctVertices(List<Position> ring) {
        Position first = ring.get(0);
        Position last = ring.get(ring.size() - 1);
        boolean closed = ring.size() > 1 && first.latitude() == last.latitude()
                && first.longitude() == last.longitude();
        return closed ? ring.size() - 1 : ring.size();
    }

    private static List<String> required(ShapeType type) {
        return switch (type) {
            case CIRCLE, SPHERE -> List.of("radius");
            case ELLIPSE -> List.of("semiMajorAxis", "semiMinorAxis", "orientation");
            case ELLIPSOID -> List.of("semiMajorAxis", "semiMinorAxis", "verticalAxis", "orientation");
            case ARC_BAND -> List.of("innerRadius", "outerRadius", "startAngle", "openingAngle");
            case PRISM -> List.of("height");
            case POINT, POLYGON -> List.of();
        };
    }

    private static List<Position> centre(XmlElement shape, List<String> problems) {
        List<Position> points = new ArrayList<>();
        Optional<XmlElement> pos = shape.child("pos");
        Position centre = null;
        if (pos.isPresent()) {
            centre = Coordinates.pos(pos.get().text(), problems);
        } else {
            Optional<XmlElement> coordinates = shape.child("coordinates");
            if (coordinates.isPresent()) {
                centre = Coordinates.legacyCoordinates(coordinates.get().text(), problems);
            }
        }
        if (centre != null) {
            points.add(centre);
        }
        return points;
    }

    /** The exterior ring, as one posList or as a run of pos elements (RFC 5491 allows both). */
    private static List<Position> ring(XmlElement polygon, String inheritedSrs, List<String> problems) {
        Optional<XmlElement> ring = polygon.descendant("LinearRing");
        if (ring.isEmpty()) {
            problems.add("Polygon without an exterior LinearRing");
            return List.of();
        }
        String srsName = polygon.attribute("srsName").orElse(inheritedSrs);
        Optional<XmlElement> posList = ring.get().child("posList");
        if (posList.isPresent()) {
            int dimension = posList.get().attribute("srsDimension").map(ShapeReader::parseDimension)
                    .orElse(srsName.endsWith("4979") ? 3 : 2);
            return Coordinates.posList(posList.get().text(), dimension, problems);
        }
        List<Position> points = new ArrayList<>();
        for (XmlElement pos : ring.get().children("pos")) {
            Position p = Coordinates.pos(pos.text(), problems);
            if (p != null) {
                points.add(p);
            }
        }
        return points;
    }

    private static int parseDimension(String text) {
        return "3".equals(text.trim()) ? 3 : 2;
    }

    /** Every numeric child that is not geometry: radius, axes, angles, height, each with its uom. */
    private static Map<String, Measure> measures(XmlElement shape, List<String> problems) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (XmlElement child : shape.children()) {
            if (GEOMETRY_ELEMENTS.contains(child.localName())) {
                continue;
            }
            String text = child.text();
            try {
                Measure measure = new Measure(Double.parseDouble(text), child.attribute("uom").orElse(""));
                if (!measure.knownUnit()) {
                    problems.add(child.localName() + " has an unknown unit '" + measure.uom()
                            + "'; taken as metres or degrees");
                }
                measures.putIfAbsent(child.localName(), measure);
            } catch (NumberFormatException e) {
                problems.add(child.localName() + " is not a number: '" + text + "'");
            }
        }
        return measures;
    }
}
