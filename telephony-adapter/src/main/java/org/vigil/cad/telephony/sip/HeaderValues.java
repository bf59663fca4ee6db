package org.vigil.cad.telephony.sip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Small helpers for the grammar of SIP header values: comma lists and ;name=value parameters. */
final class HeaderValues {
    private HeaderValues() {
    }

    /** Splits at commas that are outside double quotes and angle brackets. */
    static List<String> splitCommas(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>' && angle > 0) {
                angle--;
            } else if (!quoted && angle == 0 && c == ',') {
                addTrimmed(parts, current);
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        addTrimmed(parts, current);
        return parts;
    }

    private static void addTrimmed(List<String> parts, StringBuilder part) {
        String trimmed = part.toString().trim();
        if (!trimmed.isEmpty()) {
            parts.add(trimmed);
        }
    }

    /** The ;name=value parameters after position {@code from}, names lower-cased; a bare name maps to "". */
    static Map<String, String> parameters(String value, int from) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (from < 0 || from >= value.length()) {
            return parameters;
        }
        for (String part : value.substring(from).split(";")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            String name = (eq < 0 ? trimmed : trimmed.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String val = eq < 0 ? "" : unquote(trimmed.substring(eq + 1).trim());
            parameters.putIfAbsent(name, val);
        }
        return parameters;
    }

    /** A media type's parameter, e.g. the boundary of "multipart/mixed; boundary=xyz". */
    static Optional<String> mediaTypeParameter(String contentType, String name) {
        int semicolon = contentType.indexOf(';');
        return Optional.ofNullable(parameters(contentType, semicolon < 0 ? -1 : semicolon + 1)
                .get(name.toLowerCase(Locale.ROOT)));
    }

    /** The media type without parameters, lower-cased: "multipart/mixed". */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }

    static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }

    /** The text inside the first angle brackets, or the value up to its first ';' if there are none. */
    static String uriOf(String value) {
        int open = value.indexOf('<');
        int close = value.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            return value.substring(open + 1, close).trim();
        }
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).trim();
    }

    /** Where header parameters start: after the closing '>' if there is one, else at the first ';'. */
    static int parametersStart(String value) {
        int close = value.indexOf('>');
        int semicolon = value.indexOf(';', Math.max(close, 0));
        return semicolon < 0 ? -1 : semicolon + 1;
    }
}
