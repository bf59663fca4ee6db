package org.vigil.cad.telephony.ali;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.vigil.cad.telephony.InboundCall;

/** The real ALI records checked in under src/test/resources/ali, and how tests look at a parse. */
final class AliSamples {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> JEFFERSON = List.of("resd", "busn", "cntx", "mobl", "voip", "wph1", "wph2_vzw",
            "wph2_attmo_fixed");
    static final String FRAGMENTS = "cad-page-embedded-ali-fragments";

    private AliSamples() {
    }

    static String jeffersonFile(String kind) {
        return "jefferson-ny-911ai-ali-" + kind;
    }

    static byte[] bytes(String resource) {
        try (InputStream in = AliSamples.class.getResourceAsStream("/ali/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /ali/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] record(String kind) {
        return bytes(jeffersonFile(kind) + ".txt");
    }

    static String recordText(String kind) {
        return new String(record(kind), StandardCharsets.ISO_8859_1);
    }

    static JsonNode expected(String resource) {
        try {
            return JSON.readTree(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** STX record ETX, for each record in turn. */
    static byte[] framed(byte[]... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] record : records) {
            out.write(AliBytes.STX);
            out.writeBytes(record);
            out.write(AliBytes.ETX);
        }
        return out.toByteArray();
    }

    /** The parse as the golden files write it; NaN is null. rawInput is compared separately. */
    static ObjectNode json(InboundCall call) {
        ObjectNode node = JSON.createObjectNode();
        node.put("source", call.source().name());
        node.put("ani", call.ani());
        node.put("rebidKey", call.rebidKey());
        node.put("classOfService", call.classOfService());
        node.put("callerName", call.callerName());
        ObjectNode location = node.putObject("location");
        location.put("address", call.location().address());
        number(location, "latitude", call.location().latitude());
        number(location, "longitude", call.location().longitude());
        number(location, "uncertaintyMeters", call.location().uncertaintyMeters());
        location.put("confidencePercent", call.location().confidencePercent());
        ObjectNode fields = node.putObject("fields");
        for (Map.Entry<String, String> field : call.fields().entrySet()) {
            fields.put(field.getKey(), field.getValue());
        }
        ArrayNode problems = node.putArray("problems");
        call.problems().forEach(problems::add);
        return node;
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
