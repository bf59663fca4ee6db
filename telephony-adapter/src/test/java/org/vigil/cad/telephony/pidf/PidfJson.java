package org.vigil.cad.telephony.pidf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.vigil.cad.core.domain.Location;

/** The parser's output as the JSON the golden files hold: absent and empty values are left out, NaN is null. */
final class PidfJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private PidfJson() {
    }

    static ObjectNode of(PidfDocument document) {
        ObjectNode json = MAPPER.createObjectNode();
        putText(json, "entity", document.entity());
        ArrayNode locations = json.putArray("locations");
        document.locations().forEach(l -> locations.add(of(l)));
        json.set("best", of(document.bestLocation()));
        if (!document.problems().isEmpty()) {
            ArrayNode problems = json.putArray("problems");
            document.problems().forEach(problems::add);
        }
        return json;
    }

    static ObjectNode of(PidfLocation location) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("element", location.element());
        putText(json, "id", location.id());
        location.shape().ifPresent(shape -> json.set("shape", of(shape)));
        location.civic().ifPresent(civic -> {
            ObjectNode c = json.putObject("civic");
            putText(c, "language", civic.language());
            putMap(c, "elements", civic.elements());
            putMap(c, "extensions", civic.extensions());
            c.put("addressLine", civic.addressLine());
        });
        location.confidence().ifPresent(confidence -> {
            ObjectNode c = json.putObject("confidence");
            c.put("percent", confidence.percent());
            c.put("pdf", confidence.pdf());
        });
        putText(json, "method", location.method());
        putText(json, "timestamp", location.timestamp());
        putText(json, "deviceId", location.deviceId());
        putMap(json, "dynamic", location.dynamic());
        location.providedBy().ifPresent(providedBy -> {
            ObjectNode p = json.putObject("providedBy");
            if (!providedBy.references().isEmpty()) {
                ArrayNode refs = p.putArray("references");
                providedBy.references().forEach(r -> refs.addObject().put("purpose", r.purpose()).put("uri", r.uri()));
            }
            if (!providedBy.byValue().isEmpty()) {
                p.set("byValue", of(providedBy.byValue()));
            }
        });
        json.set("reduced", of(location.toLocation()));
        return json;
    }

    static ObjectNode of(GeoShape shape) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("type", shape.type().name());
        putText(json, "srsName", shape.srsName());
        ArrayNode points = json.putArray("points");
        for (Position p : shape.points()) {
            ArrayNode point = points.addArray().add(p.latitude()).add(p.longitude());
            if (!Double.isNaN(p.altitude())) {
                point.add(p.altitude());
            }
        }
        if (!shape.measures().isEmpty()) {
            ObjectNode measures = json.putObject("measures");
            shape.measures().forEach((name, m) -> measures.putObject(name).put("value", m.value()).put("uom", m.uom()));
        }
        return json;
    }

    static ObjectNode of(AdditionalData data) {
        ObjectNode json = MAPPER.createObjectNode();
        putMap(json, "fields", data.fields());
        putText(json, "classOfService", data.classOfService());
        putText(json, "subscriberName", data.subscriberName());
        if (!data.problems().isEmpty()) {
            ArrayNode problems = json.putArray("problems");
            data.problems().forEach(problems::add);
        }
        return json;
    }

    static ObjectNode of(Location location) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("address", location.address());
        putNumber(json, "latitude", location.latitude());
        putNumber(json, "longitude", location.longitude());
        putNumber(json, "uncertaintyMeters", location.uncertaintyMeters());
        json.put("confidencePercent", location.confidencePercent());
        return json;
    }

    private static void putNumber(ObjectNode json, String name, double value) {
        if (Double.isNaN(value)) {
            json.putNull(name);
        } else {
            json.put(name, value);
        }
    }

    private static void putText(ObjectNode json, String name, String value) {
        if (!value.isEmpty()) {
            json.put(name, value);
        }
    }

    private static void putMap(ObjectNode json, String name, Map<String, String> map) {
        if (!map.isEmpty()) {
            ObjectNode object = json.putObject(name);
            map.forEach(object::put);
        }
    }

    /**
     * Structural equality where numbers match within a millionth relative (1e-6 degrees is about 0.1 m), so
     * hand-computed reductions can be checked; reports the first path that differs, or null when equal.
     */
    static String firstDifference(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            double e = expected.asDouble();
            double a = actual.asDouble();
            double tolerance = 1e-6 * Math.max(1, Math.max(Math.abs(e), Math.abs(a)));
            return Math.abs(e - a) <= tolerance ? null : path + ": expected " + e + " but was " + a;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return path + ": expected " + expected + " but was " + actual;
        }
        if (expected.isObject()) {
            var expectedNames = new java.util.TreeSet<String>();
            expected.fieldNames().forEachRemaining(expectedNames::add);
            var actualNames = new java.util.TreeSet<String>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            if (!expectedNames.equals(actualNames)) {
                return path + ": expected fields " + expectedNames + " but were " + actualNames;
            }
            for (String name : expectedNames) {
                String difference = firstDifference(path + "." + name, expected.get(name), actual.get(name));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return path + ": expected " + expected.size() + " items but were " + actual.size() + ": " + actual;
            }
            for (int i = 0; i < expected.size(); i++) {
                String difference = firstDifference(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": expected " + expected + " but was " + actual;
    }
}
