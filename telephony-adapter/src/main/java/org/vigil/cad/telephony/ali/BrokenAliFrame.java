package org.vigil.cad.telephony.ali;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A frame that began with STX but did not end properly: too long, cut by a new STX, empty, or cut by the
 * connection closing. Answered by NAK; its bytes still become a call when they hold anything but blanks.
 *
 * @param bytes  what was received after the STX (at most the frame size limit)
 * @param reason why the frame is broken, for the call's problems and the log
 */
public record BrokenAliFrame(byte[] bytes, String reason) {

    public BrokenAliFrame {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** True when the frame holds something a call-taker could use, not just blanks. */
    public boolean hasContent() {
        return !AliBytes.isBlank(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BrokenAliFrame frame && reason.equals(frame.reason)
                && Arrays.equals(bytes, frame.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + reason.hashCode();
    }

    @Override
    public String toString() {
        return "BrokenAliFrame[" + reason + ", " + bytes.length + " bytes: " + AliBytes.preview(bytes) + "]";
    }
}
