package org.vigil.cad.telephony.ali;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.telephony.InboundCall;

/**
 * Reads one ALI record with a {@link AliLayout} into an {@link InboundCall}. It never throws: a record it
 * cannot fully read still yields a call with what was found, the raw text, and the problems. Thread-safe.
 */
public final class AliRecordParser {
    private static final int QUOTE_LIMIT = 60;

    private final AliLayout layout;
    private final AliInterpreter interpreter;
    private final Map<String, String> displayNames;

    public AliRecordParser(AliLayout layout) {
        this.layout = layout;
        this.interpreter = new AliInterpreter(layout.classes());
        Map<String, String> names = new LinkedHashMap<>();
        for (AliFieldSpec field : layout.fields()) {
            names.put(field.name(), field.displayName());
        }
        this.displayNames = Map.copyOf(names);
    }

    public AliLayout layout() {
        return layout;
    }

    /** A record as received, byte for byte; the call's raw input is these bytes as ISO-8859-1 text. */
    public InboundCall parse(byte[] record) {
        return parse(new String(record, StandardCharsets.ISO_8859_1));
    }

    /** A record already read as ISO-8859-1 text (one char per byte). */
    public InboundCall parse(String record) {
        String raw = record == null ? "" : record;
        try {
            return interpreter.interpret(read(raw), raw);
        } catch (RuntimeException | StackOverflowError e) {
            // A layout's own regular expression can still overflow on odd input; the call must survive it.
            String ani = AliInterpreter.anyPhoneNumber(raw);
            return new InboundCall(CallSource.EMERGENCY_911, ani, ani, "", "", Location.UNKNOWN, Map.of(), raw,
                    List.of("the record could not be read: " + e));
        }
    }

    private DecodedAli read(String raw) {
        List<String> problems = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        if (raw.isBlank()) {
            problems.add("empty record");
            return new DecodedAli(fields, displayNames, problems, true);
        }
        AliRecordText.noteOddBytes(raw, problems);
        AliRecordText record = AliRecordText.of(raw, layout.lineBreak());
        int origin = origin(record, fields, problems);
        List<String> missing = new ArrayList<>();
        for (AliFieldSpec spec : layout.fields()) {
            String value = spec.extract(record.text(), origin);
            if (value == null) {
                if (!spec.optional()) {
                    missing.add(spec.name());
                }
            } else if (!value.isEmpty()) {
                fields.put(spec.name(), value);
                check(spec, value, problems);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("record cut short or out of layout, missing: " + String.join(", ", missing));
        }
        return new DecodedAli(fields, displayNames, problems, true);
    }

    /** A value unlike what the layout says it looks like is kept, and noted: the record may be cut or shifted. */
    private void check(AliFieldSpec spec, String value, List<String> problems) {
        Pattern expected = layout.checks().get(spec.name());
        if (expected != null && !expected.matcher(value).matches()) {
            problems.add(spec.displayName() + " '" + quote(value) + "' is not like " + expected.pattern());
        }
    }

    /** Where positions count from: the layout's start pattern, else the first line that is not preamble. */
    private int origin(AliRecordText record, Map<String, String> fields, List<String> problems) {
        String text = record.text();
        if (layout.start() == null) {
            return record.firstLineNotMatching(layout.preambles());
        }
        Matcher start = layout.start().matcher(text);
        if (!start.find()) {
            int origin = record.firstLineNotMatching(layout.preambles());
            problems.add("record start not found (" + layout.start().pattern() + "); positions counted from offset "
                    + origin);
            return origin;
        }
        for (String name : layout.startFields()) {
            String value = start.group(name);
            if (value != null && !value.isBlank()) {
                fields.put(name, value.strip());
            }
        }
        noteTextBefore(record, start.start(), problems);
        int origin = layout.startHasOrigin() ? start.start(AliLayout.ORIGIN_GROUP) : -1;
        return origin >= 0 ? origin : start.start();
    }

    /** Text before the record is fine when blank or a known preamble; anything else is worth a look. */
    private void noteTextBefore(AliRecordText record, int recordStart, List<String> problems) {
        for (String line : record.linesBefore(recordStart)) {
            if (!line.isEmpty() && !AliRecordText.matchesAny(line, layout.preambles())) {
                problems.add("text before the record start ignored: '" + quote(line) + "'");
            }
        }
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "...";
    }
}
