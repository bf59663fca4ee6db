package org.vigil.cad.bench.telephony;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parts of a simple multipart/mixed body (one level, CRLF line ends) by content type, for benchmark set-up
 * only: the adapter's own splitter is package-private, and the simulator's INVITE is this simple.
 */
final class MultipartBody {
    private static final String BOUNDARY = "boundary=";
    private static final String HEAD_END = "\r\n\r\n";

    private final Map<String, byte[]> parts;

    private MultipartBody(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    static MultipartBody of(String contentType, byte[] body) {
        int at = contentType.indexOf(BOUNDARY);
        if (at < 0) {
            throw new IllegalArgumentException("not a multipart content type: " + contentType);
        }
        String delimiter = "--" + contentType.substring(at + BOUNDARY.length()).replace("\"", "").strip();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (String part : text.split(Pattern.quote(delimiter))) {
            int headEnd = part.indexOf(HEAD_END);
            if (headEnd < 0) {
                continue;
            }
            String type = typeOf(part.substring(0, headEnd));
            String content = part.substring(headEnd + HEAD_END.length());
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            parts.put(type, content.getBytes(StandardCharsets.ISO_8859_1));
        }
        return new MultipartBody(parts);
    }

    byte[] part(String contentType) {
        byte[] content = parts.get(contentType.toLowerCase(Locale.ROOT));
        if (content == null) {
            throw new IllegalArgumentException("no " + contentType + " part; found " + parts.keySet());
        }
        return content;
    }

    private static String typeOf(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Type")) {
                String value = line.substring(colon + 1).strip();
                int semicolon = value.indexOf(';');
                return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
