package org.vigil.cad.telephony.ali;

import java.util.Arrays;

/** Bytes outside any frame (before an STX, or the tail of an oversized frame): discarded, but reported. */
public record StrayAliBytes(byte[] bytes) {

    public StrayAliBytes {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public boolean isBlank() {
        return AliBytes.isBlank(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StrayAliBytes stray && Arrays.equals(bytes, stray.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "StrayAliBytes[" + bytes.length + " bytes: " + AliBytes.preview(bytes) + "]";
    }
}
