package org.vigil.cad.telephony.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.vigil.cad.telephony.ali.AliBytes;
import org.vigil.cad.telephony.ali.AliFieldSpec;
import org.vigil.cad.telephony.ali.AliLayout;
import org.vigil.cad.telephony.ali.AliRecordParser;

/**
 * Writes an ALI record from named field values, by a layout: fields at a fixed position at their offset, labelled
 * fields after their label, each padded to its width, so that {@link AliRecordParser} with the same layout reads
 * the same values back. Where the labels sit and how lines break is the {@link AliRecordShape}. Values it cannot
 * place so that they read back (too wide, a line break or a label inside, overlapping) are refused, never cut.
 * Thread-safe; reads no clock.
 */
public final class AliRecordWriter {
    private final AliLayout layout;
    private final AliRecordShape shape;
    private final Set<String> fieldNames = new HashSet<>();
    /** Where each label starts, from the origin, in the shape's fixed text. */
    private final Map<String, Integer> labels = new HashMap<>();

    /** A writer with the {@link AliRecordShape#plain plain} shape for this layout. */
    public AliRecordWriter(AliLayout layout) {
        this(layout, AliRecordShape.plain(layout));
    }

    public AliRecordWriter(AliLayout layout, AliRecordShape shape) {
        this.layout = layout;
        this.shape = shape;
        FoldedRecord blank = new FoldedRecord(0);
        shape.text().forEach(blank::put);
        for (AliFieldSpec field : layout.fields()) {
            fieldNames.add(field.name());
            if (field.label() != null && !labels.containsKey(field.label())) {
                int at = blank.indexOf(field.label(), 0);
                if (at < 0) {
                    throw new IllegalArgumentException("the record shape has no label '" + field.label() + "' for "
                            + field.name());
                }
                labels.put(field.label(), at);
            }
        }
        fieldNames.addAll(layout.startFields());
    }

    /** Records as the Jefferson County NY 911ai.com samples are, in the layout shipped for them. */
    public static AliRecordWriter jefferson911ai() {
        return new AliRecordWriter(AliLayout.jefferson911ai(), AliRecordShape.jefferson911ai());
    }

    public AliLayout layout() {
        return layout;
    }

    /**
     * The record text (one char per byte, ISO-8859-1), lines separated by LF as in the samples.
     *
     * @param values field values by layout field name; a missing or empty value is left blank
     * @throws IllegalArgumentException for a name the layout does not have, or a value that would not read back
     */
    public String write(Map<String, String> values) {
        values.forEach(this::check);
        // Fields of the start pattern (a prefix such as aniPrefix) come right before the origin.
        StringBuilder prefix = new StringBuilder();
        for (String name : layout.startFields()) {
            prefix.append(values.getOrDefault(name, ""));
        }
        int origin = prefix.length();
        FoldedRecord record = new FoldedRecord(origin);
        record.put(-origin, prefix.toString());
        shape.text().forEach(record::put);
        for (AliFieldSpec field : layout.fields()) {
            int at = start(field);
            String value = values.getOrDefault(field.name(), "");
            record.putValue(at + blanksBefore(field, value), value, field.name());
            if (!field.optional()) {
                // A required field must be reached even when blank, or the parser calls the record cut short.
                record.reach(at + 1);
            }
        }
        verify(record, origin);
        return AliLines.render(record.text(), origin, shape, layout.lineBreak());
    }

    /** STX, the record's bytes, ETX: one frame for the ALI link. */
    public static byte[] frame(String record) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(record.length() + 2);
        frame.write(AliBytes.STX);
        frame.writeBytes(record.getBytes(StandardCharsets.ISO_8859_1));
        frame.write(AliBytes.ETX);
        return frame.toByteArray();
    }

    /** Where in its field the value starts, as the shape aligns it; refuses a value too wide to fit. */
    private int blanksBefore(AliFieldSpec field, String value) {
        int indent = shape.indents().getOrDefault(field.name(), 0);
        if (field.width() == AliFieldSpec.TO_END) {
            return indent;
        }
        int room = field.width() - indent;
        if (value.length() > room) {
            throw new IllegalArgumentException(field.name() + " '" + value + "' is wider than " + room
                    + (indent > 0 ? " (the record's shape indents it " + indent + ")" : ""));
        }
        boolean right = !value.isEmpty() && shape.rightAligned().contains(field.name());
        return right ? field.width() - value.length() : indent;
    }

    private int start(AliFieldSpec field) {
        return field.label() == null ? field.offset() : labels.get(field.label()) + field.label().length()
                + field.offset();
    }

    private void check(String name, String value) {
        if (!fieldNames.contains(name)) {
            throw new IllegalArgumentException("the layout " + layout.name() + " has no field " + name);
        }
        if (value == null || !value.equals(value.strip())) {
            throw new IllegalArgumentException(name + ": values are read back trimmed, so '" + value
                    + "' would not be");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c > 0xff) {
                throw new IllegalArgumentException(name + ": '" + value + "' holds a character an ALI record"
                        + " cannot carry at " + i);
            }
        }
    }

    /** The parser finds the start by pattern and each label by its first occurrence: both must land here. */
    private void verify(FoldedRecord record, int origin) {
        String text = record.text();
        if (layout.start() != null) {
            Matcher start = layout.start().matcher(text);
            int found = !start.find() ? -1
                    : layout.startHasOrigin() ? start.start("origin") : start.start();
            if (found != origin) {
                throw new IllegalArgumentException("the values do not begin a record the way the layout's start "
                        + "pattern " + layout.start().pattern() + " expects: '" + text.substring(0,
                        Math.min(text.length(), 40)) + "'");
            }
        }
        labels.forEach((label, at) -> {
            if (text.indexOf(label, origin) != origin + at) {
                throw new IllegalArgumentException("a value holds the label '" + label + "' before its place");
            }
        });
        if (layout.lineBreak() != AliLayout.LineBreak.SPACE) {
            return;
        }
        for (int lineBreak : shape.lineBreaks()) {
            if (origin + lineBreak < text.length() && text.charAt(origin + lineBreak) != ' ') {
                throw new IllegalArgumentException("a value runs into the line break at " + lineBreak + ": '"
                        + text.substring(origin + Math.max(0, lineBreak - 20), origin + lineBreak + 1) + "'");
            }
        }
    }
}
