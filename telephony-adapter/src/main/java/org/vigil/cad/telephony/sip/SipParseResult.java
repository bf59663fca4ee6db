package org.vigil.cad.telephony.sip;

/**
 * What the parser made of some bytes: always a message (partial when broken), and for a broken one the
 * response status it deserves (400, 505, ...) and why.
 *
 * @param message     the message, as far as it could be read
 * @param errorStatus 0 when the message is sound, else the SIP status to answer with
 * @param error       why the message is broken, "" when it is sound
 */
public record SipParseResult(SipMessage message, int errorStatus, String error) {

    public boolean ok() {
        return errorStatus == 0;
    }
}
