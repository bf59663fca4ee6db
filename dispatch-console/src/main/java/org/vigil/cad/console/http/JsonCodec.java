package org.vigil.cad.console.http;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigil.cad.core.journal.JournaledEvent;

/**
 * JSON in and out of the API. Reading is strict (unknown fields, wrong types, duplicate keys and
 * trailing data are refused) and every failure becomes a 400 with a message a person can act on.
 * Events are written as {@code {"index", "type", "subject", "atMicros", "operator", "position", ...fields}}.
 */
public final class JsonCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Records are written from their components only, not from helpers such as Location.isKnown().
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .addModule(new SimpleModule()
                    .addSerializer(Double.class, new UnknownAsNull())
                    .addSerializer(double.class, new UnknownAsNull()))
            .build();

    /** Reads a request body into a record; any problem is a 400 saying what to fix. */
    public <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("the request body is empty; expected a JSON object");
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (IOException e) {
            throw ApiException.badRequest(describe(e));
        }
        if (value == null) {
            throw ApiException.badRequest("expected a JSON object, got null");
        }
        return value;
    }

    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    public ArrayNode array() {
        return mapper.createArrayNode();
    }

    /** One journaled event as the API and the WebSocket show it. */
    public ObjectNode event(JournaledEvent journaled) {
        ObjectNode node = mapper.createObjectNode()
                .put("index", journaled.index())
                .put("type", journaled.event().getClass().getSimpleName())
                .put("subject", journaled.subject())
                .put("atMicros", journaled.atMicros())
                .put("operator", journaled.operator())
                .put("position", journaled.position());
        node.setAll((ObjectNode) mapper.valueToTree(journaled.event()));
        return node;
    }

    public ArrayNode events(Collection<JournaledEvent> events) {
        ArrayNode array = mapper.createArrayNode();
        events.forEach(e -> array.add(event(e)));
        return array;
    }

    public ApiResponse response(HttpResponseStatus status, Object body) {
        return response(status, body, Map.of());
    }

    public ApiResponse response(HttpResponseStatus status, Object body, Map<String, String> headers) {
        try {
            return new ApiResponse(status, ApiResponse.JSON, mapper.writeValueAsBytes(body), headers);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiResponse error(HttpResponseStatus status, String error, String detail) {
        return error(status, error, detail, Map.of());
    }

    public ApiResponse error(HttpResponseStatus status, String error, String detail, Map<String, String> headers) {
        return response(status, object().put("error", error).put("detail", detail), headers);
    }

    private static String describe(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            return "unknown field \"" + unknown.getPropertyName() + "\"; expected only " + String.join(", ", known);
        }
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() instanceof IllegalArgumentException) {
            return invalid.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch(mismatch);
        }
        if (e instanceof JacksonException jackson) {
            return "malformed JSON: " + jackson.getOriginalMessage() + location(jackson);
        }
        return "unreadable request body: " + e.getMessage();
    }

    private static String mismatch(MismatchedInputException e) {
        String field = fieldPath(e.getPath());
        if (field.isEmpty()) {
            String message = e.getOriginalMessage();
            if (message.startsWith("No content")) {
                return "the request body is empty; expected a JSON object";
            }
            if (message.startsWith("Trailing token")) {
                return "malformed JSON: more data after the JSON object" + location(e);
            }
            return "expected a JSON object";
        }
        return "field \"" + field + "\" must be " + kind(e.getTargetType());
    }

    private static String fieldPath(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char[].class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    /** JSON has no NaN: an unknown coordinate or radius is written as null. */
    private static final class UnknownAsNull extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (value.isNaN() || value.isInfinite()) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }
}
