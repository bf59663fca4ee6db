package org.vigil.cad.telephony.simulator;

/**
 * An INVITE as written, and the header values the rest of its dialog repeats (ACK, CANCEL, BYE).
 *
 * @param requestUri      where it was sent: urn:service:sos
 * @param via             the Via header value, with this transaction's branch
 * @param from            the From header value, with the caller's tag
 * @param to              the To header value, without a tag
 * @param callId          the Call-ID
 * @param contact         the Contact header value
 * @param branch          the INVITE transaction's branch (CANCEL and the ACK of a refusal reuse it)
 * @param emergencyCallId the Call-Info emergency-CallId URI, which Vigil takes as the rebid key
 * @param bytes           the whole message
 */
public record SipInvite(String requestUri, String via, String from, String to, String callId, String contact,
                        String branch, String emergencyCallId, byte[] bytes) {

    public SipInvite {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
