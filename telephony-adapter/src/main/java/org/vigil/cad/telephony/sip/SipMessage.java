package org.vigil.cad.telephony.sip;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A SIP request or response as received: start line, headers, body and the raw bytes. A message the parser
 * could only partly read is still a SipMessage (possibly with an empty method), so a response can be built
 * and the caller identified from whatever headers did arrive.
 */
public final class SipMessage {
    private final String method;
    private final String requestUri;
    private final int statusCode;
    private final SipHeaders headers;
    private final byte[] body;
    private final byte[] raw;

    SipMessage(String method, String requestUri, int statusCode, SipHeaders headers, byte[] body, byte[] raw) {
        this.method = method;
        this.requestUri = requestUri;
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body;
        this.raw = raw;
    }

    /** The request method in upper case as sent; "" for a response or an unreadable start line. */
    public String method() {
        return method;
    }

    public String requestUri() {
        return requestUri;
    }

    public boolean isResponse() {
        return statusCode > 0;
    }

    public int statusCode() {
        return statusCode;
    }

    public SipHeaders headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    int bodyLength() {
        return body.length;
    }

    byte[] bodyView() {
        return body;
    }

    /** The message exactly as received, one char per byte, as the journal keeps it. */
    public String rawText() {
        return new String(raw, StandardCharsets.ISO_8859_1);
    }

    public String callId() {
        return headers.firstOrEmpty("Call-ID");
    }

    /** The CSeq sequence number, or -1 when missing or unreadable. */
    public long cseqNumber() {
        String[] parts = headers.firstOrEmpty("CSeq").trim().split("\\s+");
        try {
            return Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String cseqMethod() {
        String[] parts = headers.firstOrEmpty("CSeq").trim().split("\\s+");
        return parts.length == 2 ? parts[1] : "";
    }

    public String fromTag() {
        return tagOf(headers.firstOrEmpty("From"));
    }

    public String toTag() {
        return tagOf(headers.firstOrEmpty("To"));
    }

    /** The top Via's branch parameter, "" if none. */
    public String branch() {
        return topViaParameters().getOrDefault("branch", "");
    }

    String topVia() {
        List<String> vias = headers.values("Via");
        return vias.isEmpty() ? "" : vias.get(0);
    }

    Map<String, String> topViaParameters() {
        String via = topVia();
        int semicolon = via.indexOf(';');
        return HeaderValues.parameters(via, semicolon < 0 ? -1 : semicolon + 1);
    }

    private static String tagOf(String nameAddr) {
        return HeaderValues.parameters(nameAddr, HeaderValues.parametersStart(nameAddr)).getOrDefault("tag", "");
    }
}
