package org.vigil.cad.telephony.simulator;

import java.nio.charset.StandardCharsets;

/**
 * Writes the requests of an NG9-1-1 call as a SIPp-style UAC on UDP sends them: the INVITE to urn:service:sos
 * with a multipart/mixed body (SDP, PIDF-LO by value, RFC 7852 ServiceInfo by value), then the ACK and BYE of
 * its dialog, or a CANCEL and the ACK of the refusal. Every identifier comes from the call's id, so the same
 * call always gives the same bytes. Thread-safe; reads no clock.
 */
public final class SipInviteWriter {
    private static final String CRLF = "\r\n";
    private static final String BOUNDARY = "vigil-simulator-boundary";
    /** RFC 3261 8.1.1.7: a branch that starts with the magic cookie marks a compliant client. */
    private static final String MAGIC_COOKIE = "z9hG4bK";

    private final String host;
    private final int port;
    private final String hostForUri;

    /** @param host the address the calls come from, as responses must reach it; @param port its UDP port */
    public SipInviteWriter(String host, int port) {
        this.host = host;
        this.port = port;
        this.hostForUri = host.contains(":") ? "[" + host + "]" : host;
    }

    public SipInvite invite(Ng911Call call) {
        String branch = MAGIC_COOKIE + "-" + call.id();
        String via = "SIP/2.0/UDP " + hostForUri + ":" + port + ";branch=" + branch + ";rport";
        String number = "+1" + call.callbackNumber();
        String displayName = call.callerName().isEmpty() ? "" : "\"" + call.callerName() + "\" ";
        String from = displayName + "<sip:" + number + "@" + hostForUri + ":" + port + ">;tag=" + call.id();
        String to = "<urn:service:sos>";
        String callId = call.id() + "@" + hostForUri;
        String contact = "<sip:" + number + "@" + hostForUri + ":" + port + ">";
        String emergencyCallId = "urn:emergency:uid:callid:" + call.id() + ":vigil-simulator";
        String locationId = call.id() + "-location@" + hostForUri;
        String serviceId = call.id() + "-service@" + hostForUri;
        byte[] body = multipart(
                part("application/sdp", "", Ng911Bodies.sdp(host, Integer.toUnsignedLong(call.id().hashCode()))),
                part("application/pidf+xml", locationId, Ng911Bodies.pidfLo(call, "pres:" + number + "@"
                        + hostForUri)),
                part("application/EmergencyCallData.ServiceInfo+xml", serviceId,
                        Ng911Bodies.serviceInfo(call.classOfService())));
        String head = "INVITE urn:service:sos SIP/2.0" + CRLF
                + "Via: " + via + CRLF
                + "Max-Forwards: 70" + CRLF
                + "From: " + from + CRLF
                + "To: " + to + CRLF
                + "Call-ID: " + callId + CRLF
                + "CSeq: 1 INVITE" + CRLF
                + "Contact: " + contact + CRLF
                + "P-Asserted-Identity: " + displayName + "<tel:" + number + ">" + CRLF
                + "Call-Info: <" + emergencyCallId + ">;purpose=emergency-CallId" + CRLF
                + "Call-Info: <cid:" + serviceId + ">;purpose=EmergencyCallData.ServiceInfo" + CRLF
                + "Geolocation: <cid:" + locationId + ">" + CRLF
                + "Geolocation-Routing: yes" + CRLF
                + "Content-Type: multipart/mixed; boundary=" + BOUNDARY + CRLF
                + "Content-Length: " + body.length + CRLF
                + CRLF;
        return new SipInvite("urn:service:sos", via, from, to, callId, contact, branch, emergencyCallId,
                concat(head.getBytes(StandardCharsets.UTF_8), body));
    }

    /** The ACK of a 2xx: a new transaction, sent to the dialog's remote target. */
    public byte[] ack(SipDialog dialog) {
        return inDialog("ACK", dialog, 1, ".ack");
    }

    /** The caller hangs up an established call. */
    public byte[] bye(SipDialog dialog) {
        return inDialog("BYE", dialog, 2, ".bye");
    }

    /** The caller hangs up before the answer (RFC 3261 9.1): the INVITE's own branch, Request-URI and CSeq number. */
    public byte[] cancel(SipInvite invite) {
        return request("CANCEL " + invite.requestUri(), invite.via(), invite.from(), invite.to(), invite.callId(),
                "1 CANCEL", invite.contact());
    }

    /** The ACK of a non-2xx final response (RFC 3261 17.1.1.3): the INVITE's branch, the response's To tag. */
    public byte[] ackRefusal(SipInvite invite, String toTag) {
        return request("ACK " + invite.requestUri(), invite.via(), invite.from(), invite.to() + ";tag=" + toTag,
                invite.callId(), "1 ACK", invite.contact());
    }

    private byte[] inDialog(String method, SipDialog dialog, int cseq, String branchSuffix) {
        SipInvite invite = dialog.invite();
        String via = invite.via().replace(";branch=" + invite.branch(), ";branch=" + invite.branch() + branchSuffix);
        return request(method + " " + dialog.remoteTarget(), via, invite.from(),
                invite.to() + ";tag=" + dialog.toTag(), invite.callId(), cseq + " " + method, invite.contact());
    }

    private static byte[] request(String requestLine, String via, String from, String to, String callId,
                                  String cseq, String contact) {
        return (requestLine + " SIP/2.0" + CRLF
                + "Via: " + via + CRLF
                + "Max-Forwards: 70" + CRLF
                + "From: " + from + CRLF
                + "To: " + to + CRLF
                + "Call-ID: " + callId + CRLF
                + "CSeq: " + cseq + CRLF
                + "Contact: " + contact + CRLF
                + "Content-Length: 0" + CRLF
                + CRLF).getBytes(StandardCharsets.UTF_8);
    }

    private static String part(String contentType, String contentId, String content) {
        return "Content-Type: " + contentType + CRLF
                + (contentId.isEmpty() ? "" : "Content-ID: <" + contentId + ">" + CRLF)
                + CRLF
                + content;
    }

    private static byte[] multipart(String... parts) {
        StringBuilder body = new StringBuilder();
        for (String part : parts) {
            body.append("--").append(BOUNDARY).append(CRLF).append(part).append(CRLF);
        }
        body.append("--").append(BOUNDARY).append("--").append(CRLF);
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] head, byte[] body) {
        byte[] message = new byte[head.length + body.length];
        System.arraycopy(head, 0, message, 0, head.length);
        System.arraycopy(body, 0, message, head.length, body.length);
        return message;
    }
}
