package org.vigil.cad.telephony.ali;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.telephony.InboundCall;

/**
 * Reads the ALI-derived fields that CAD vendors quote inside narratives and pages (class of service,
 * Phase II lon/lat, uncertainty and confidence, pANI, carrier) with a rules file of labelled regular
 * expressions, one per line, whose named groups are the fields. The class of service gives the location
 * its meaning, as for full records. It never throws; unreadable values are listed as problems.
 */
public final class AliFragmentParser {
    /** The rules shipped for the vendors in shared/data/ali/cad-page-embedded-ali-fragments.txt. */
    public static final String DEFAULT_RULES = "narrative-fragments.rules";
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");

    private final List<Pattern> rules;
    private final List<List<String>> ruleFields;
    private final AliInterpreter interpreter;

    public AliFragmentParser(List<Pattern> rules, ClassOfServiceTable classes) {
        this.rules = List.copyOf(rules);
        List<List<String>> fields = new ArrayList<>();
        for (Pattern rule : this.rules) {
            List<String> names = new ArrayList<>();
            Matcher groups = GROUP_NAME.matcher(rule.pattern());
            while (groups.find()) {
                names.add(groups.group(1));
            }
            fields.add(List.copyOf(names));
        }
        this.ruleFields = List.copyOf(fields);
        this.interpreter = new AliInterpreter(classes);
    }

    /** The shipped rules with the NENA class-of-service codes. */
    public static AliFragmentParser defaults() {
        try (InputStream in = AliFragmentParser.class.getResourceAsStream(DEFAULT_RULES)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + DEFAULT_RULES + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new AliFragmentParser(parseRules(text, DEFAULT_RULES), ClassOfServiceTable.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RULES, e);
        }
    }

    /** A rules file on disk; a bad expression is reported with the file name and line number. */
    public static AliFragmentParser load(Path rulesFile, ClassOfServiceTable classes) throws IOException {
        String text = Files.readString(rulesFile, StandardCharsets.UTF_8);
        return new AliFragmentParser(parseRules(text, rulesFile.toString()), classes);
    }

    /** One regular expression per line; blank lines and lines starting with # are skipped. */
    public static List<Pattern> parseRules(String text, String source) {
        List<Pattern> rules = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                rules.add(Pattern.compile(line));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": not a regular expression: "
                        + e.getDescription(), e);
            }
            if (!GROUP_NAME.matcher(line).find()) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": no named group, so no field");
            }
        }
        return rules;
    }

    /** The fields found in one narrative or page text, as a call (its raw input is that text). */
    public InboundCall parse(String narrative) {
        String raw = narrative == null ? "" : narrative;
        try {
            return interpreter.interpret(read(raw), raw);
        } catch (RuntimeException | StackOverflowError e) {
            // A rule's regular expression can overflow on odd input; the text must still come through.
            return new InboundCall(CallSource.EMERGENCY_911, "", "", "", "", Location.UNKNOWN, Map.of(), raw,
                    List.of("the text could not be read: " + e));
        }
    }

    private DecodedAli read(String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Matcher match = rules.get(i).matcher(raw);
            if (!match.find()) {
                continue;
            }
            for (String name : ruleFields.get(i)) {
                String value = match.group(name);
                if (value != null && !value.isBlank()) {
                    fields.putIfAbsent(name, value.strip());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        if (fields.isEmpty()) {
            problems.add("no ALI fields found");
        }
        return new DecodedAli(fields, Map.of(), problems, false);
    }
}
