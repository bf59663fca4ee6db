package org.vigil.cad.telephony.ali;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Received ALI text as a layout reads it. Every line break (CR LF, CR or LF) becomes one space or
 * nothing, as the layout says; other control characters become spaces so positions hold. The start of
 * each original line is remembered, because the text before a record is judged line by line.
 */
final class AliRecordText {
    private final String text;
    private final int[] lineStarts;

    private AliRecordText(String text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }

    static AliRecordText of(String raw, AliLayout.LineBreak lineBreak) {
        StringBuilder text = new StringBuilder(raw.length());
        int[] starts = new int[8];
        int lines = 1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                if (lineBreak == AliLayout.LineBreak.SPACE) {
                    text.append(' ');
                }
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = text.length();
            } else {
                text.append(isControl(c) ? ' ' : c);
            }
        }
        return new AliRecordText(text.toString(), Arrays.copyOf(starts, lines));
    }

    static boolean isControl(char c) {
        return c < 0x20 || c == 0x7f;
    }

    String text() {
        return text;
    }

    /** The lines that begin before {@code end}, the last one cut at {@code end}, stripped. */
    List<String> linesBefore(int end) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < lineStarts.length && lineStarts[i] < end; i++) {
            int lineEnd = i + 1 < lineStarts.length ? Math.min(lineStarts[i + 1], end) : end;
            lines.add(text.substring(lineStarts[i], lineEnd).strip());
        }
        return lines;
    }

    /** Where the first line that is neither blank nor a known preamble starts; the text length if none. */
    int firstLineNotMatching(List<Pattern> preambles) {
        for (int i = 0; i < lineStarts.length; i++) {
            int lineEnd = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length();
            String line = text.substring(lineStarts[i], lineEnd).strip();
            if (!line.isEmpty() && !matchesAny(line, preambles)) {
                return lineStarts[i];
            }
        }
        return text.length();
    }

    static boolean matchesAny(String line, List<Pattern> preambles) {
        for (Pattern preamble : preambles) {
            if (preamble.matcher(line).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Notes control characters and bytes above 0x7F, which ALI (7-bit ASCII) should not carry. */
    static void noteOddBytes(String raw, List<String> problems) {
        int controls = 0;
        int firstControl = -1;
        int nonAscii = 0;
        int firstNonAscii = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r' || c == '\n') {
                continue;
            }
            if (isControl(c)) {
                firstControl = controls++ == 0 ? i : firstControl;
            } else if (c > 0x7f) {
                firstNonAscii = nonAscii++ == 0 ? i : firstNonAscii;
            }
        }
        if (controls > 0) {
            problems.add(controls + " control byte(s) read as spaces, the first at offset " + firstControl);
        }
        if (nonAscii > 0) {
            problems.add(nonAscii + " non-ASCII byte(s) kept as ISO-8859-1, the first at offset " + firstNonAscii);
        }
    }
}
