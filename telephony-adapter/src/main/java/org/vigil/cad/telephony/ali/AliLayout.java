package org.vigil.cad.telephony.ali;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One agency's ALI record layout, read from a layout file: where each field sits, where a record starts,
 * which lines before it belong to someone else, and what a line break stands for. Another agency's format
 * needs another layout file, not code. The file format is described in docs/telephony.md.
 */
public final class AliLayout {
    /** The layout of the Jefferson County NY records from the 911ai.com ALI provider. */
    public static final String JEFFERSON_911AI = "jefferson-911ai.layout";

    /** What a line break in the received text stands for. */
    public enum LineBreak {
        /** A gateway word-wrapped the record at spaces: each break replaced one space and counts as one. */
        SPACE,
        /** Breaks were inserted into the record and take no room in it. */
        NONE
    }

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");
    static final String ORIGIN_GROUP = "origin";

    private final String name;
    private final LineBreak lineBreak;
    private final List<Pattern> preambles;
    private final Pattern start;
    private final List<String> startFields;
    private final boolean startHasOrigin;
    private final List<AliFieldSpec> fields;
    private final Map<String, Pattern> checks;
    private final ClassOfServiceTable classes;

    private AliLayout(Builder builder) {
        this.name = builder.name;
        this.lineBreak = builder.lineBreak;
        this.preambles = List.copyOf(builder.preambles);
        this.start = builder.start;
        this.startFields = builder.start == null ? List.of() : groupNames(builder.start);
        this.startHasOrigin = builder.start != null
                && builder.start.pattern().contains("(?<" + ORIGIN_GROUP + ">");
        this.fields = List.copyOf(builder.fields);
        this.checks = Map.copyOf(builder.checks);
        this.classes = builder.classes;
    }

    /** The layout shipped for the Jefferson County NY 911ai.com records. */
    public static AliLayout jefferson911ai() {
        return fromResource(JEFFERSON_911AI);
    }

    /** A layout shipped beside this class. */
    public static AliLayout fromResource(String resourceName) {
        try (InputStream in = AliLayout.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalArgumentException("no ALI layout resource " + resourceName);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resourceName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ALI layout resource " + resourceName, e);
        }
    }

    /** A layout file on disk; a mistake in it is reported with its file name and line number. */
    public static AliLayout load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Reads layout text; {@code source} names it in error messages. */
    public static AliLayout parse(String text, String source) {
        Builder builder = new Builder();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                builder.directive(line);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (builder.fields.isEmpty()) {
            throw new IllegalArgumentException(source + ": no field lines");
        }
        return new AliLayout(builder);
    }

    public String name() {
        return name;
    }

    public LineBreak lineBreak() {
        return lineBreak;
    }

    /** Patterns of lines before the record that are known and skipped (a CAD's own summary line). */
    public List<Pattern> preambles() {
        return preambles;
    }

    /** Where a record starts; null when it starts at the first line that is not preamble. */
    public Pattern start() {
        return start;
    }

    /** Named groups of {@link #start()} other than {@code origin}: decoded as fields too. */
    public List<String> startFields() {
        return startFields;
    }

    /** True when {@link #start()} has a group named {@code origin}, where positions count from. */
    public boolean startHasOrigin() {
        return startHasOrigin;
    }

    public List<AliFieldSpec> fields() {
        return fields;
    }

    /** What a field's value must look like (in full) to be taken as read; fields without one are free text. */
    public Map<String, Pattern> checks() {
        return checks;
    }

    public ClassOfServiceTable classes() {
        return classes;
    }

    private static List<String> groupNames(Pattern pattern) {
        List<String> names = new ArrayList<>();
        Matcher groups = GROUP_NAME.matcher(pattern.pattern());
        while (groups.find()) {
            if (!groups.group(1).equals(ORIGIN_GROUP)) {
                names.add(groups.group(1));
            }
        }
        return names;
    }

    private static final class Builder {
        private String name = "unnamed ALI layout";
        private LineBreak lineBreak = LineBreak.SPACE;
        private final List<Pattern> preambles = new ArrayList<>();
        private Pattern start;
        private final List<AliFieldSpec> fields = new ArrayList<>();
        private final Set<String> fieldNames = new HashSet<>();
        private final Map<String, Pattern> checks = new HashMap<>();
        private ClassOfServiceTable classes = ClassOfServiceTable.defaults();

        void directive(String line) {
            int space = line.indexOf(' ');
            String keyword = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1).strip();
            switch (keyword) {
                case "name" -> name = required(rest, "a name");
                case "linebreak" -> lineBreak = lineBreak(rest);
                case "preamble" -> preambles.add(regex(rest));
                case "start" -> start = regex(rest);
                case "field" -> field(rest);
                case "check" -> check(rest);
                case "kind" -> kind(rest);
                default -> throw new IllegalArgumentException("unknown directive '" + keyword
                        + "' (expected name, linebreak, preamble, start, field, check or kind)");
            }
        }

        private static LineBreak lineBreak(String value) {
            try {
                return LineBreak.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("linebreak must be 'space' or 'none', not '" + value + "'", e);
            }
        }

        private static Pattern regex(String value) {
            try {
                return Pattern.compile(required(value, "a regular expression"));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a regular expression: " + e.getDescription(), e);
            }
        }

        /** {@code field NAME @ OFFSET WIDTH [optional]} or {@code field NAME LABEL OFFSET WIDTH [optional]}. */
        private void field(String rest) {
            List<String> tokens = tokens(rest);
            if (tokens.size() < 4 || tokens.size() > 5 || (tokens.size() == 5 && !tokens.get(4).equals("optional"))) {
                throw new IllegalArgumentException("expected: field NAME @|LABEL OFFSET WIDTH|* [optional]");
            }
            String fieldName = tokens.get(0);
            if (!FIELD_NAME.matcher(fieldName).matches()) {
                throw new IllegalArgumentException("field names are letters and digits: '" + fieldName + "'");
            }
            if (!fieldNames.add(fieldName)) {
                throw new IllegalArgumentException("field " + fieldName + " is defined twice");
            }
            String label = tokens.get(1).equals("@") ? null : tokens.get(1);
            int offset = number(tokens.get(2), "offset");
            int width = tokens.get(3).equals("*") ? AliFieldSpec.TO_END : number(tokens.get(3), "width");
            fields.add(new AliFieldSpec(fieldName, label, offset, width, tokens.size() == 5));
        }

        /** {@code check NAME REGEX}: after the field's line, so a check never names a field that is not there. */
        private void check(String rest) {
            int space = rest.indexOf(' ');
            String fieldName = space < 0 ? rest : rest.substring(0, space);
            if (space < 0 || !fieldNames.contains(fieldName)) {
                throw new IllegalArgumentException("expected: check NAME REGEX, for a field defined above");
            }
            checks.put(fieldName, regex(rest.substring(space + 1).strip()));
        }

        /** {@code kind LOCATION_KIND CODE...}: class-of-service codes this agency uses. */
        private void kind(String rest) {
            List<String> tokens = tokens(rest);
            if (tokens.size() < 2) {
                throw new IllegalArgumentException("expected: kind LOCATION_KIND CODE...");
            }
            LocationKind kind;
            try {
                kind = LocationKind.valueOf(tokens.get(0));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown location kind '" + tokens.get(0) + "'", e);
            }
            classes = classes.with(kind, tokens.subList(1, tokens.size()));
        }

        private static int number(String token, String what) {
            try {
                return Integer.parseInt(token);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the " + what + " must be a whole number, not '" + token + "'", e);
            }
        }

        private static String required(String value, String what) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("expected " + what);
            }
            return value;
        }

        /** Splits on blanks; a token in double quotes may hold blanks (a label such as "E911 Info:"). */
        private static List<String> tokens(String text) {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '"') {
                    int close = text.indexOf('"', i + 1);
                    if (close < 0) {
                        throw new IllegalArgumentException("a quoted label is not closed");
                    }
                    tokens.add(text.substring(i + 1, close));
                    i = close + 1;
                } else {
                    int end = i;
                    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                        end++;
                    }
                    tokens.add(text.substring(i, end));
                    i = end;
                }
            }
            return tokens;
        }
    }

    @Override
    public String toString() {
        return "AliLayout[" + name + ", " + fields.size() + " fields]";
    }
}
