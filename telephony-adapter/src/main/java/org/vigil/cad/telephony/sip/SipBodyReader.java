package org.vigil.cad.telephony.sip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * Splits a SIP body into its parts with Apache James mime4j: a multipart body (RFC 2046, nested ones too)
 * into its leaf parts with their Content-Type and Content-ID and transfer-decoded content; any other body
 * into one part. Never throws: what mime4j could not read is reported.
 */
final class SipBodyReader {

    /** The parts found, in order, and why some could not be read. */
    record Parts(List<BodyPart> parts, List<String> problems) {
    }

    private static final MimeConfig LENIENT = new MimeConfig.Builder()
            .setStrictParsing(false)
            .setMaxLineLen(-1)
            .setMaxHeaderLen(-1)
            .setMaxHeaderCount(200)
            .build();

    private SipBodyReader() {
    }

    static Parts read(String contentType, byte[] body) {
        List<BodyPart> parts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (body.length == 0) {
            return new Parts(parts, problems);
        }
        String mediaType = HeaderValues.mediaType(contentType);
        if (!mediaType.startsWith("multipart/")) {
            parts.add(new BodyPart(contentType.isEmpty() ? "application/octet-stream" : contentType, "", body));
            return new Parts(parts, problems);
        }
        Optional<String> boundary = HeaderValues.mediaTypeParameter(contentType, "boundary");
        if (boundary.isEmpty() || boundary.get().isEmpty()) {
            problems.add("multipart body without a boundary parameter");
            return new Parts(parts, problems);
        }
        if (!new String(body, StandardCharsets.ISO_8859_1).contains("--" + boundary.get() + "--")) {
            problems.add("multipart body has no closing boundary: truncated or malformed");
        }
        readMultipart(contentType, body, parts, problems);
        if (parts.isEmpty()) {
            problems.add("multipart body holds no part delimited by boundary '" + boundary.get() + "'");
        }
        return new Parts(parts, problems);
    }

    private static void readMultipart(String contentType, byte[] body, List<BodyPart> parts, List<String> problems) {
        MimeTokenStream stream = new MimeTokenStream(LENIENT);
        Deque<PartBuilder> open = new ArrayDeque<>();
        try {
            stream.parseHeadless(new ByteArrayInputStream(body), contentType);
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                switch (state) {
                    case T_START_BODYPART -> open.push(new PartBuilder());
                    case T_FIELD -> {
                        if (!open.isEmpty()) {
                            open.peek().field(stream.getField());
                        }
                    }
                    case T_BODY -> {
                        if (!open.isEmpty()) {
                            open.peek().content = stream.getDecodedInputStream().readAllBytes();
                        }
                    }
                    case T_END_BODYPART -> {
                        if (!open.isEmpty()) {
                            open.pop().build().ifPresent(parts::add);
                        }
                    }
                    default -> {
                        // preamble, epilogue and nested multipart markers carry nothing to keep
                    }
                }
            }
        } catch (IOException | MimeException | RuntimeException e) {
            problems.add("multipart body could not be read past part " + parts.size() + ": " + e.getMessage());
        }
    }

    /** Collects one part's headers and content as the token stream reports them. */
    private static final class PartBuilder {
        private String contentType = "text/plain";
        private String contentId = "";
        private byte[] content;

        void field(Field field) {
            String name = field.getName().trim();
            String value = field.getBody() == null ? "" : field.getBody().trim();
            if (name.equalsIgnoreCase("Content-Type")) {
                contentType = value;
            } else if (name.equalsIgnoreCase("Content-ID")) {
                contentId = stripAngles(value);
            }
        }

        Optional<BodyPart> build() {
            return content == null ? Optional.empty() : Optional.of(new BodyPart(contentType, contentId, content));
        }
    }

    static String stripAngles(String id) {
        String trimmed = id.trim();
        if (trimmed.startsWith("<") && trimmed.endsWith(">")) {
            return trimmed.substring(1, trimmed.length() - 1).trim();
        }
        return trimmed;
    }
}
