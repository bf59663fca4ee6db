package org.vigil.cad.telephony.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a response to a request (RFC 3261 section 8.2.6): the request's Via, From, To, Call-ID and CSeq
 * copied, a To tag where a dialog or a final answer needs one, RFC 3581 rport/received on the top Via, and
 * whatever extra headers and body the caller adds. Works from partly read requests too.
 */
final class SipResponse {
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(100, "Trying"), Map.entry(180, "Ringing"), Map.entry(200, "OK"),
            Map.entry(400, "Bad Request"), Map.entry(405, "Method Not Allowed"),
            Map.entry(413, "Request Entity Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(420, "Bad Extension"), Map.entry(481, "Call/Transaction Does Not Exist"),
            Map.entry(482, "Loop Detected"),
            Map.entry(487, "Request Terminated"), Map.entry(500, "Server Internal Error"),
            Map.entry(501, "Not Implemented"), Map.entry(503, "Service Unavailable"),
            Map.entry(505, "Version Not Supported"));

    private final SipMessage request;
    private final int status;
    private final SipTransport transport;
    private final List<String> extraHeaders = new ArrayList<>();
    private String toTag = "";
    private String contentType = "";
    private byte[] body = new byte[0];

    private SipResponse(SipMessage request, int status, SipTransport transport) {
        this.request = request;
        this.status = status;
        this.transport = transport;
    }

    static SipResponse to(SipMessage request, int status, SipTransport transport) {
        return new SipResponse(request, status, transport);
    }

    int status() {
        return status;
    }

    /** The tag Vigil puts on To, unless the request's To already has one (then it is kept as is). */
    SipResponse toTag(String tag) {
        this.toTag = tag;
        return this;
    }

    SipResponse header(String name, String value) {
        extraHeaders.add(name + ": " + value);
        return this;
    }

    /** A Warning (RFC 3261 20.43, code 399 miscellaneous) telling the sender what was wrong. */
    SipResponse warning(String text) {
        String safe = text.replace("\\", "\\\\").replace("\"", "'").replaceAll("[\\r\\n]+", " ");
        return header("Warning", "399 " + transport.localHost() + " \"" + safe + "\"");
    }

    SipResponse body(String contentType, String body) {
        this.contentType = contentType;
        this.body = body.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    byte[] build() {
        StringBuilder text = new StringBuilder(256 + body.length);
        text.append("SIP/2.0 ").append(status).append(' ').append(REASONS.getOrDefault(status, "Unknown"))
                .append("\r\n");
        List<String> vias = request.headers().values("Via");
        for (int i = 0; i < vias.size(); i++) {
            text.append("Via: ").append(i == 0 ? withReceived(vias.get(0)) : vias.get(i)).append("\r\n");
        }
        copy(text, "From");
        String to = request.headers().firstOrEmpty("To");
        if (!to.isEmpty()) {
            boolean needsTag = status > 100 && !toTag.isEmpty() && request.toTag().isEmpty();
            text.append("To: ").append(to).append(needsTag ? ";tag=" + toTag : "").append("\r\n");
        }
        copy(text, "Call-ID");
        copy(text, "CSeq");
        text.append("Server: Vigil CAD\r\n");
        for (String header : extraHeaders) {
            text.append(header).append("\r\n");
        }
        if (body.length > 0) {
            text.append("Content-Type: ").append(contentType).append("\r\n");
        }
        text.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[head.length + body.length];
        System.arraycopy(head, 0, message, 0, head.length);
        System.arraycopy(body, 0, message, head.length, body.length);
        return message;
    }

    private void copy(StringBuilder text, String name) {
        request.headers().first(name).ifPresent(value -> text.append(name).append(": ").append(value).append("\r\n"));
    }

    /** RFC 3581: fill an empty rport with the source port, and say where the request really came from. */
    private String withReceived(String via) {
        Map<String, String> parameters = request.topViaParameters();
        if (!parameters.containsKey("rport") || transport.remote() == null) {
            return via;
        }
        String updated = via.replaceFirst(";\\s*rport(?=;|$|\\s)", ";rport=" + transport.remote().getPort());
        if (!parameters.containsKey("received")) {
            updated = updated + ";received=" + transport.remote().getAddress().getHostAddress();
        }
        return updated;
    }
}
