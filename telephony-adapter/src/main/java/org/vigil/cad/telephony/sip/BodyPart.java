package org.vigil.cad.telephony.sip;

/**
 * One part of a SIP message body (or the whole body when it is not multipart).
 *
 * @param contentType the part's Content-Type as sent
 * @param contentId   the Content-ID without angle brackets, "" if none
 * @param content     the decoded content bytes
 */
public record BodyPart(String contentType, String contentId, byte[] content) {

    /** The media type alone, lower-cased: "application/pidf+xml". */
    public String mediaType() {
        return HeaderValues.mediaType(contentType);
    }
}
