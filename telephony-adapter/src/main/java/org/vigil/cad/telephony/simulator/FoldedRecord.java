package org.vigil.cad.telephony.simulator;

import java.util.Arrays;

/**
 * An ALI record being written, as the parser reads it: one line, each line break one blank. Positions are
 * from the record's origin; text before the origin (a start prefix) has negative positions. Nothing written
 * may change a character something else already wrote, so every value reads back as given.
 */
final class FoldedRecord {
    private final int origin;
    private char[] chars = new char[512];
    private int length;
    private int reached;

    FoldedRecord(int origin) {
        this.origin = origin;
        Arrays.fill(chars, ' ');
    }

    /** Fixed text of the record's shape. */
    void put(int at, String text) {
        putValue(at, text, "the fixed text '" + text + "'");
    }

    void putValue(int at, String value, String what) {
        int from = origin + at;
        grow(from + value.length());
        for (int i = 0; i < value.length(); i++) {
            char existing = chars[from + i];
            char c = value.charAt(i);
            if (existing != ' ' && existing != c) {
                throw new IllegalArgumentException(what + " overlaps other text at " + (at + i) + ": '" + value
                        + "'");
            }
            chars[from + i] = c;
        }
        if (!value.isBlank()) {
            length = Math.max(length, from + value.stripTrailing().length());
        }
    }

    /** The record goes at least this far (from the origin), even if blank there. */
    void reach(int at) {
        grow(origin + at);
        reached = Math.max(reached, origin + at);
    }

    int indexOf(String text, int from) {
        return text().indexOf(text, origin + from) - origin;
    }

    /** The whole record from its first character, trailing blanks dropped past what must be reached. */
    String text() {
        return new String(chars, 0, Math.max(length, reached));
    }

    private void grow(int size) {
        if (size > chars.length) {
            int old = chars.length;
            chars = Arrays.copyOf(chars, Math.max(size, old * 2));
            Arrays.fill(chars, old, chars.length, ' ');
        }
    }
}
