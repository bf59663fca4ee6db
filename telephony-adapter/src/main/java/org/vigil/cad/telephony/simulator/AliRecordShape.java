package org.vigil.cad.telephony.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.vigil.cad.telephony.ali.AliFieldSpec;
import org.vigil.cad.telephony.ali.AliLayout;

/**
 * What an ALI record holds besides its field values, which a layout file does not say: the fixed text
 * (labels, a provider tag), where the sender breaks lines, and the column a gateway word-wraps at. Positions
 * count from the record's origin, as the layout's do.
 *
 * @param text         fixed text by position; every label the layout names must be in it
 * @param lineBreaks   positions of the record's own line breaks, ascending
 * @param wrapColumns  the width a gateway word-wraps each line to, or 0 for no wrapping
 * @param rightAligned fields whose value ends where the field ends (house numbers), instead of starting where it
 *                     starts
 * @param indents      fields whose value starts this many blanks into the field
 */
public record AliRecordShape(SortedMap<Integer, String> text, List<Integer> lineBreaks, int wrapColumns,
                             Set<String> rightAligned, Map<String, Integer> indents) {

    public AliRecordShape {
        text = Collections.unmodifiableSortedMap(new TreeMap<>(text));
        lineBreaks = List.copyOf(lineBreaks);
        rightAligned = Set.copyOf(rightAligned);
        indents = Map.copyOf(indents);
        for (int i = 1; i < lineBreaks.size(); i++) {
            if (lineBreaks.get(i) <= lineBreaks.get(i - 1)) {
                throw new IllegalArgumentException("line breaks must be ascending: " + lineBreaks);
            }
        }
        if (wrapColumns < 0) {
            throw new IllegalArgumentException("wrapColumns must be 0 or positive: " + wrapColumns);
        }
    }

    /** Fixed text, line breaks and wrapping; every value starts where its field starts. */
    public AliRecordShape(SortedMap<Integer, String> text, List<Integer> lineBreaks, int wrapColumns) {
        this(text, lineBreaks, wrapColumns, Set.of(), Map.of());
    }

    /**
     * The Jefferson County 911ai.com records as all eight samples have them: a 222-character first line, the
     * location note, the LAT..MTN line, the CPF/ESN line with the provider tag, then the agencies; the paging
     * gateway wrapped each line at 80 columns. House numbers are right-aligned; the street name starts five
     * blanks into its field (room for a prefix the samples never fill).
     */
    public static AliRecordShape jefferson911ai() {
        SortedMap<Integer, String> text = new TreeMap<>();
        text.put(244, "LAT:             LON:           ELV:       COF:          COP:   MTN:");
        text.put(331, "CPF:     -911ai.com-            ESN:");
        return new AliRecordShape(text, List.of(222, 243, 324, 403), 80, Set.of("houseNumber", "houseNumberSuffix"),
                Map.of("street", 5));
    }

    /**
     * A shape for any layout, on one line: after the fixed-position fields and a blank, each label with room
     * for its fields, one after another in layout order; a label whose field runs to the end comes last.
     */
    public static AliRecordShape plain(AliLayout layout) {
        int cursor = 0;
        Map<String, Integer> extents = new LinkedHashMap<>();
        List<String> runToEnd = new ArrayList<>();
        for (AliFieldSpec field : layout.fields()) {
            if (field.label() == null) {
                cursor = Math.max(cursor, field.offset() + Math.max(field.width(), 1));
            } else if (field.width() == AliFieldSpec.TO_END) {
                runToEnd.add(field.label());
                extents.merge(field.label(), field.offset(), Math::max);
            } else {
                extents.merge(field.label(), field.offset() + field.width(), Math::max);
            }
        }
        if (runToEnd.stream().distinct().count() > 1) {
            throw new IllegalArgumentException("fields after two different labels run to the end: " + runToEnd);
        }
        runToEnd.forEach(label -> extents.put(label, extents.remove(label)));
        SortedMap<Integer, String> text = new TreeMap<>();
        cursor++;
        for (Map.Entry<String, Integer> label : extents.entrySet()) {
            text.put(cursor, label.getKey());
            cursor += label.getKey().length() + label.getValue() + 1;
        }
        return new AliRecordShape(text, List.of(), 0);
    }
}
