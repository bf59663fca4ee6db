package org.vigil.cad.telephony.sip;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses one SIP message (RFC 3261 section 7) from a datagram or a framed stream message: request or status
 * line, header fields with line folding and compact names, and a body sized by Content-Length. Lines may end
 * in CRLF or a bare LF. Never throws; a broken message comes back partly read with the status to answer.
 */
public final class SipMessageParser {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.!%*_+`'~-]+");
    private static final List<String> MANDATORY = List.of("Via", "From", "To", "Call-ID", "CSeq");

    private SipMessageParser() {
    }

    public static SipParseResult parse(byte[] raw) {
        return parse(raw, false);
    }

    /**
     * @param headersOnly the body was cut off on purpose (the message was over the size limit), so a body
     *                    shorter than Content-Length is expected and not an error
     */
    public static SipParseResult parse(byte[] raw, boolean headersOnly) {
        Reader reader = new Reader(raw);
        reader.skipLeadingLineBreaks();
        String startLine = reader.nextLine();
        if (startLine == null) {
            return broken(new SipMessage("", "", 0, new SipHeaders(), new byte[0], raw), "empty message");
        }
        StartLine start = StartLine.parse(startLine);
        SipHeaders headers = new SipHeaders();
        String headerError = readHeaders(reader, headers);
        byte[] rest = reader.rest();
        String error = start.error.isEmpty() ? headerError : start.error;
        int status = start.error.isEmpty() ? 400 : start.errorStatus;
        byte[] body = rest;
        String lengthError = "";
        if (start.error.isEmpty()) {
            BodyCut cut = cutBody(headers, rest, headersOnly);
            body = cut.body;
            lengthError = cut.error;
        }
        SipMessage message = new SipMessage(start.method, start.uri, start.status, headers, body, raw);
        if (!error.isEmpty()) {
            return new SipParseResult(message, status, error);
        }
        if (!lengthError.isEmpty()) {
            return new SipParseResult(message, 400, lengthError);
        }
        return checkMandatory(message);
    }

    private static SipParseResult broken(SipMessage message, String error) {
        return new SipParseResult(message, 400, error);
    }

    /** Reads header lines up to the blank line; returns "" or the first fault found (reading goes on after it). */
    private static String readHeaders(Reader reader, SipHeaders headers) {
        String fault = "";
        String name = null;
        StringBuilder value = new StringBuilder();
        while (true) {
            String line = reader.nextLine();
            if (line == null) {
                if (name != null) {
                    headers.add(name, value.toString());
                }
                return fault.isEmpty() ? "the message ends inside the header section (no blank line)" : fault;
            }
            if (line.isEmpty()) {
                if (name != null) {
                    headers.add(name, value.toString());
                }
                return fault;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value.append(' ').append(line.trim());
                continue;
            }
            if (name != null) {
                headers.add(name, value.toString());
                name = null;
            }
            int colon = line.indexOf(':');
            String candidate = colon < 0 ? "" : line.substring(0, colon).trim();
            if (colon <= 0 || !TOKEN.matcher(candidate).matches()) {
                if (fault.isEmpty()) {
                    fault = "unreadable header line: '" + abbreviate(line) + "'";
                }
                continue;
            }
            name = candidate;
            value.setLength(0);
            value.append(line.substring(colon + 1).trim());
        }
    }

    private record BodyCut(byte[] body, String error) {
    }

    private static BodyCut cutBody(SipHeaders headers, byte[] rest, boolean headersOnly) {
        String declared = headers.firstOrEmpty("Content-Length").trim();
        if (declared.isEmpty()) {
            // Allowed over UDP: the body is the rest of the datagram.
            return new BodyCut(rest, "");
        }
        long length;
        try {
            length = Long.parseLong(declared);
        } catch (NumberFormatException e) {
            return new BodyCut(rest, "Content-Length is not a number: '" + abbreviate(declared) + "'");
        }
        if (length < 0) {
            return new BodyCut(rest, "Content-Length is negative: " + length);
        }
        if (length > rest.length) {
            String error = headersOnly ? "" : "the body is shorter than Content-Length (" + rest.length + " of "
                    + length + " bytes): truncated";
            return new BodyCut(rest, error);
        }
        // RFC 3261 18.3: bytes beyond Content-Length in a datagram are discarded.
        return new BodyCut(Arrays.copyOf(rest, (int) length), "");
    }

    private static SipParseResult checkMandatory(SipMessage message) {
        for (String name : MANDATORY) {
            if (!message.headers().contains(name)) {
                return broken(message, "missing " + name + " header");
            }
        }
        if (message.cseqNumber() < 0 || message.cseqMethod().isEmpty()) {
            return broken(message, "unreadable CSeq: '" + abbreviate(message.headers().firstOrEmpty("CSeq")) + "'");
        }
        if (!message.isResponse() && !message.cseqMethod().equals(message.method())) {
            return broken(message, "CSeq method " + message.cseqMethod() + " differs from request method "
                    + message.method());
        }
        return new SipParseResult(message, 0, "");
    }

    static String abbreviate(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 60) + "...";
    }

    /** The start line, split: a request line or a status line. */
    private record StartLine(String method, String uri, int status, int errorStatus, String error) {

        static StartLine parse(String line) {
            String[] parts = line.trim().split(" +", 3);
            if (parts.length == 3 && parts[0].toUpperCase().startsWith("SIP/")) {
                return statusLine(parts);
            }
            if (parts.length != 3 || !TOKEN.matcher(parts[0]).matches()) {
                return new StartLine("", "", 0, 400, "unreadable start line: '" + abbreviate(line) + "'");
            }
            if (!parts[2].equalsIgnoreCase("SIP/2.0")) {
                int status = parts[2].toUpperCase().startsWith("SIP/") ? 505 : 400;
                return new StartLine(parts[0].toUpperCase(), parts[1], 0, status,
                        "unsupported protocol version '" + abbreviate(parts[2]) + "'");
            }
            return new StartLine(parts[0].toUpperCase(), parts[1], 0, 0, "");
        }

        private static StartLine statusLine(String[] parts) {
            try {
                int status = Integer.parseInt(parts[1]);
                if (status >= 100 && status <= 699) {
                    return new StartLine("", "", status, 0, "");
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            return new StartLine("", "", 0, 400, "unreadable status line");
        }
    }

    /** Walks the bytes line by line; header text is UTF-8 (RFC 3261 section 7.3.1), the body stays bytes. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        void skipLeadingLineBreaks() {
            while (position < bytes.length && (bytes[position] == '\r' || bytes[position] == '\n')) {
                position++;
            }
        }

        /** The next line without its line break, or null at the end of input when nothing is left. */
        String nextLine() {
            if (position >= bytes.length) {
                return null;
            }
            int start = position;
            while (position < bytes.length && bytes[position] != '\n') {
                position++;
            }
            int end = position;
            if (position < bytes.length) {
                position++;
            } else {
                // A last line without a line break cannot be the blank line that ends the headers.
                String last = text(start, end);
                return last.isEmpty() ? null : last;
            }
            return text(start, end);
        }

        private String text(int start, int end) {
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            return new String(bytes, start, stop - start, StandardCharsets.UTF_8);
        }

        byte[] rest() {
            return Arrays.copyOfRange(bytes, Math.min(position, bytes.length), bytes.length);
        }
    }
}
