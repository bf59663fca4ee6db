package org.vigil.cad.telephony.ali;

import java.util.Objects;

/**
 * Where one named field sits in an ALI record: at a fixed offset from the record start, or after the
 * first occurrence of a label (searched from the record start), over a fixed width or to the end.
 *
 * @param name     the field's name; the names {@link AliInterpreter} understands are listed in docs/telephony.md
 * @param label    the label the field follows (e.g. {@code LAT:}), or null for a position from the record start
 * @param offset   characters after the record start, or after the end of the label
 * @param width    characters the field takes, or {@link #TO_END}
 * @param optional true when a record may end before this field without being cut short
 */
public record AliFieldSpec(String name, String label, int offset, int width, boolean optional) {
    public static final int TO_END = -1;

    public AliFieldSpec {
        Objects.requireNonNull(name, "name");
        if (label != null && label.isEmpty()) {
            throw new IllegalArgumentException("field " + name + ": an empty label");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("field " + name + ": a negative offset");
        }
        if (width <= 0 && width != TO_END) {
            throw new IllegalArgumentException("field " + name + ": the width must be positive or *");
        }
    }

    /** How problems name the field: by its label without the punctuation (LAT), else by its name. */
    public String displayName() {
        if (label == null) {
            return name;
        }
        String bare = label.replaceAll("[\\p{Punct}\\s]+$", "");
        return bare.isEmpty() ? label : bare;
    }

    /**
     * The field's text, trimmed, or null when the record does not reach it (label absent or the
     * record ends before the field starts).
     */
    String extract(String text, int origin) {
        int from;
        if (label == null) {
            from = origin + offset;
        } else {
            int at = text.indexOf(label, origin);
            if (at < 0) {
                return null;
            }
            from = at + label.length() + offset;
        }
        if (from >= text.length()) {
            return null;
        }
        int to = width == TO_END ? text.length() : Math.min(text.length(), from + width);
        return text.substring(from, to).strip();
    }
}
