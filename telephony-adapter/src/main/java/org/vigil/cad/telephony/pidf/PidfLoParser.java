package org.vigil.cad.telephony.pidf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a PIDF-LO document (RFC 4119, RFC 5491, RFC 5139/6848 civic, RFC 7459 confidence, RFC 5962 dynamic,
 * RFC 7852 provided-by) into a {@link PidfDocument}. Reads tuple, dm:device and dm:person elements alike,
 * also when the presence element is wrapped (a HELD locationResponse). Never throws: malformed input comes
 * back as what could be read plus problems.
 */
public final class PidfLoParser {

    private PidfLoParser() {
    }

    public static PidfDocument parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static PidfDocument parse(byte[] xml) {
        LenientXml.Result parsed = LenientXml.parse(xml);
        List<String> problems = new ArrayList<>(parsed.problems());
        XmlElement root = parsed.root();
        if (root == null) {
            return new PidfDocument("", List.of(), problems);
        }
        Optional<XmlElement> presence = root.localName().equals("presence")
                ? Optional.of(root) : root.descendant("presence");
        if (presence.isEmpty()) {
            problems.add("no presence element; root is <" + root.localName() + ">");
            return new PidfDocument("", List.of(), problems);
        }
        List<PidfLocation> locations = new ArrayList<>();
        for (XmlElement child : presence.get().children()) {
            statement(child, problems).ifPresent(locations::add);
        }
        if (locations.isEmpty()) {
            problems.add("the document holds no location");
        }
        return new PidfDocument(presence.get().attribute("entity").orElse(""), locations, problems);
    }

    private static Optional<PidfLocation> statement(XmlElement element, List<String> problems) {
        String kind = element.localName();
        Optional<XmlElement> geopriv = switch (kind) {
            case "tuple" -> element.child("status").flatMap(s -> s.child("geopriv"));
            case "device", "person" -> element.child("geopriv");
            default -> Optional.empty();
        };
        if (geopriv.isEmpty()) {
            return Optional.empty();
        }
        String id = element.attribute("id").orElse("");
        Optional<XmlElement> info = geopriv.get().child("location-info");
        if (info.isEmpty()) {
            problems.add(kind + " '" + id + "': geopriv without location-info");
            return Optional.empty();
        }
        LocationInfo read = readLocationInfo(info.get(), kind + " '" + id + "'", problems);
        return Optional.of(new PidfLocation(kind, id, read.shape, read.civic, read.confidence,
                geopriv.get().childText("method"), element.childText("timestamp"), element.childText("deviceID"),
                read.dynamic, providedBy(geopriv.get(), problems)));
    }

    /** What one location-info element holds. */
    private static final class LocationInfo {
        Optional<GeoShape> shape = Optional.empty();
        Optional<CivicAddress> civic = Optional.empty();
        Optional<Confidence> confidence = Optional.empty();
        Map<String, String> dynamic = new LinkedHashMap<>();
    }

    private static LocationInfo readLocationInfo(XmlElement info, String where, List<String> problems) {
        LocationInfo read = new LocationInfo();
        List<XmlElement> candidates = new ArrayList<>();
        for (XmlElement child : info.children()) {
            // RFC 4119's examples wrap the shape in gml:location.
            if (child.localName().equals("location") && Namespaces.isGml(child.namespace())) {
                candidates.addAll(child.children());
            } else {
                candidates.add(child);
            }
        }
        for (XmlElement child : candidates) {
            Optional<ShapeType> shapeType = Namespaces.isGml(child.namespace())
                    ? ShapeType.ofElementName(child.localName()) : Optional.empty();
            if (shapeType.isPresent()) {
                Optional<GeoShape> shape = ShapeReader.read(child, shapeType.get(), problems);
                if (read.shape.isPresent() && shape.isPresent()) {
                    problems.add(where + ": more than one shape; the first is kept");
                } else if (shape.isPresent()) {
                    read.shape = shape;
                }
            } else if (child.localName().equals("civicAddress")) {
                if (read.civic.isEmpty()) {
                    read.civic = Optional.of(civic(child));
                }
            } else if (child.localName().equals("confidence")) {
                read.confidence = confidence(child, problems);
            } else if (child.localName().equals("Dynamic")) {
                for (XmlElement field : child.children()) {
                    read.dynamic.put(field.localName(), field.text());
                }
            }
        }
        if (read.shape.isEmpty() && read.civic.isEmpty() && read.dynamic.isEmpty()) {
            problems.add(where + ": location-info holds no shape or civic address");
        }
        return read;
    }

    private static CivicAddress civic(XmlElement address) {
        Map<String, String> elements = new LinkedHashMap<>();
        Map<String, String> extensions = new LinkedHashMap<>();
        for (XmlElement child : address.children()) {
            boolean registered = Namespaces.isCivic(child.namespace())
                    || Namespaces.CIVIC_EXT.equals(child.namespace());
            if (registered) {
                elements.putIfAbsent(child.localName(), child.text());
            } else {
                extensions.putIfAbsent("{" + child.namespace() + "}" + child.localName(), child.text());
            }
        }
        return new CivicAddress(address.attribute("xml:lang").orElse(""), elements, extensions);
    }

    private static Optional<Confidence> confidence(XmlElement element, List<String> problems) {
        try {
            double percent = Double.parseDouble(element.text());
            if (percent < 0 || percent > 100) {
                problems.add("confidence out of range 0..100: " + element.text());
                return Optional.empty();
            }
            return Optional.of(new Confidence(percent, element.attribute("pdf").orElse("unknown")));
        } catch (NumberFormatException e) {
            problems.add("confidence is not a number: '" + element.text() + "'");
            return Optional.empty();
        }
    }

    private static Optional<ProvidedBy> providedBy(XmlElement geopriv, List<String> problems) {
        Optional<XmlElement> providedBy = geopriv.child("provided-by");
        if (providedBy.isEmpty()) {
            return Optional.empty();
        }
        List<DataReference> references = new ArrayList<>();
        List<XmlElement> blocks = new ArrayList<>();
        for (XmlElement child : providedBy.get().children()) {
            if (child.localName().equals("EmergencyCallDataReference")) {
                references.add(new DataReference(child.attribute("purpose").orElse(""),
                        child.attribute("ref").orElse("")));
            } else if (child.localName().equals("EmergencyCallDataValue")) {
                blocks.addAll(child.children());
            }
        }
        AdditionalData byValue = AdditionalDataParser.fromBlocks(blocks);
        problems.addAll(byValue.problems());
        return Optional.of(new ProvidedBy(references, byValue));
    }
}
