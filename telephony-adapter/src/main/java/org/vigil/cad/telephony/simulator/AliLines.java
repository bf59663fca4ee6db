package org.vigil.cad.telephony.simulator;

import org.vigil.cad.telephony.ali.AliLayout;

/**
 * Breaks a written ALI record into lines the way its sender does: at the shape's own line breaks, then each line
 * word-wrapped at the shape's column. With {@code linebreak space} a break takes the place of a blank (the
 * parser reads it back as one), so positions hold; with {@code none} a break is inserted and takes no room.
 */
final class AliLines {
    private static final char LINE_FEED = '\n';

    private AliLines() {
    }

    static String render(String text, int origin, AliRecordShape shape, AliLayout.LineBreak lineBreak) {
        boolean replacesBlank = lineBreak == AliLayout.LineBreak.SPACE;
        StringBuilder out = new StringBuilder(text.length() + 16);
        int lineStart = 0;
        for (int relative : shape.lineBreaks()) {
            int at = origin + relative;
            if (at >= text.length()) {
                break;
            }
            wrap(text.substring(lineStart, at), shape.wrapColumns(), replacesBlank, out);
            out.append(LINE_FEED);
            lineStart = replacesBlank ? at + 1 : at;
        }
        wrap(text.substring(lineStart), shape.wrapColumns(), replacesBlank, out);
        return out.toString();
    }

    /**
     * Greedy wrapping: each line as long as fits. Replacing a blank, the break goes at the last blank within the
     * column (a line with no blank to break at is left long); inserting, the break goes at the column.
     */
    private static void wrap(String line, int columns, boolean replacesBlank, StringBuilder out) {
        int start = 0;
        while (columns > 0 && line.length() - start > columns) {
            int end;
            if (replacesBlank) {
                end = line.lastIndexOf(' ', start + columns);
                if (end <= start) {
                    break;
                }
            } else {
                end = start + columns;
            }
            out.append(line, start, end).append(LINE_FEED);
            start = replacesBlank ? end + 1 : end;
        }
        out.append(line, start, line.length());
    }
}
