package org.vigil.cad.telephony.sip;

/**
 * One message cut from a TCP stream.
 *
 * @param bytes      the whole message, or only its header section when it was over the size limit
 * @param totalBytes the message's full size as declared
 * @param oversized  over the limit: the body was skipped, not kept
 * @param lastOnConnection the stream cannot be followed past this message (unreadable Content-Length, or
 *                   headers without end): answer it, then close the connection
 */
record SipFrame(byte[] bytes, int totalBytes, boolean oversized, boolean lastOnConnection) {
}
