package org.vigil.cad.telephony.feed;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed access to one feed message's fields, with errors that name the field. */
final class FeedFields {
    private final JsonNode body;

    FeedFields(JsonNode body) {
        this.body = body;
    }

    String text(String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? "" : value.asText();
    }

    String requiredText(String name) {
        String value = text(name);
        if (value.isBlank()) {
            throw new FeedFieldException(name, "is required");
        }
        return value;
    }

    /** A number, or NaN when the field is absent. */
    double number(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new FeedFieldException(name, "must be a number, not " + value);
        }
        return value.asDouble();
    }

    long requiredCallId() {
        JsonNode value = body.get("callId");
        if (value == null || !value.canConvertToLong() || value.asLong() <= 0) {
            throw new FeedFieldException("callId", "must be a positive whole number");
        }
        return value.asLong();
    }

    /** Digits only, as ANIs are compared and shown. */
    String digits(String name) {
        return text(name).replaceAll("[^0-9]", "");
    }
}
