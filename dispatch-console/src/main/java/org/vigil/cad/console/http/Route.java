package org.vigil.cad.console.http;

import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One endpoint: a method, a path pattern whose {@code {name}} segments bind parameters, and who may call it. */
record Route(HttpMethod method, List<String> pattern, Access access, ApiHandler handler) {

    static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return List.of(trimmed.split("/", -1));
    }

    /** The decoded path parameters when the path fits the pattern, otherwise null. */
    Map<String, String> bind(List<String> rawSegments) {
        if (rawSegments.size() != pattern.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String expected = pattern.get(i);
            String actual = QueryStringDecoder.decodeComponent(rawSegments.get(i));
            if (isParameter(expected)) {
                if (actual.isEmpty()) {
                    return null;
                }
                params.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return params;
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }
}
