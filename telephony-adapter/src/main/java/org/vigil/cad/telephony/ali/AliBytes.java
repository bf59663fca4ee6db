package org.vigil.cad.telephony.ali;

/** The ALI link's control bytes, and small helpers for judging and logging raw ALI bytes. */
public final class AliBytes {
    /** Starts a frame. */
    public static final byte STX = 0x02;
    /** Ends a frame. */
    public static final byte ETX = 0x03;
    /** The frame's call is journaled. */
    public static final byte ACK = 0x06;
    /** The frame was broken, or its call could not be journaled: send it again. */
    public static final byte NAK = 0x15;
    private static final int PREVIEW_BYTES = 80;

    private AliBytes() {
    }

    /** True when every byte is ASCII whitespace (or there are none). */
    static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '\f' && b != 0x0b) {
                return false;
            }
        }
        return true;
    }

    /** The first bytes as printable text, control and non-ASCII bytes as \xNN, for one log line. */
    static String preview(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(bytes.length, PREVIEW_BYTES);
        for (int i = 0; i < shown; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x20 && b < 0x7f) {
                text.append((char) b);
            } else {
                text.append(String.format("\\x%02X", b));
            }
        }
        if (shown < bytes.length) {
            text.append("...");
        }
        return text.toString();
    }
}
