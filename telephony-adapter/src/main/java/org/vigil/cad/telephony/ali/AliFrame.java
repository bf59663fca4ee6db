package org.vigil.cad.telephony.ali;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One complete record as framed on the wire, between STX and ETX (both excluded); answered by ACK. */
public record AliFrame(byte[] bytes) {

    public AliFrame {
        bytes = bytes.clone();
    }

    /** A copy: frames are values, and a handler must not change what the next one reads. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** The bytes as ISO-8859-1 text, one char per byte. */
    public String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AliFrame frame && Arrays.equals(bytes, frame.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "AliFrame[" + bytes.length + " bytes: " + AliBytes.preview(bytes) + "]";
    }
}
