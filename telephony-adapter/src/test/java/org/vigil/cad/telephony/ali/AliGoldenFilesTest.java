package org.vigil.cad.telephony.ali;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.cad.telephony.InboundCall;

/** Each real record checked in beside the parse it must give, checked field by field by hand. */
class AliGoldenFilesTest {
    private static final AliRecordParser JEFFERSON = new AliRecordParser(AliLayout.jefferson911ai());

    static List<String> jeffersonRecords() {
        return AliSamples.JEFFERSON;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jeffersonRecords")
    void eachJeffersonRecordParsesAsItsGoldenFileSays(String kind) {
        byte[] record = AliSamples.record(kind);

        InboundCall call = JEFFERSON.parse(record);

        JsonNode expected = AliSamples.expected(AliSamples.jeffersonFile(kind) + ".expected.json");
        ObjectNode actual = AliSamples.json(call);
        assertEquals(expected, actual, () -> "parse of " + kind + " differs from its golden file; got\n"
                + AliSamples.pretty(actual));
        assertEquals(new String(record, StandardCharsets.ISO_8859_1), call.rawInput(), "raw input byte for byte");
        assertFalse(call.malformed());
    }

    @Test
    void eachFragmentParsesAsTheGoldenFileSays() {
        List<String> fragments = fragmentLines(AliSamples.FRAGMENTS + ".txt");
        JsonNode expected = AliSamples.expected(AliSamples.FRAGMENTS + ".expected.json");
        assertEquals(expected.size(), fragments.size(), "one expected parse per fragment line");

        AliFragmentParser parser = AliFragmentParser.defaults();
        for (int i = 0; i < fragments.size(); i++) {
            ObjectNode want = ((ObjectNode) expected.get(i)).deepCopy();
            assertEquals(want.remove("input").asText(), fragments.get(i), "golden entry " + i + " is for this line");
            InboundCall call = parser.parse(fragments.get(i));
            ObjectNode actual = AliSamples.json(call);
            assertEquals(want, actual, "fragment " + i + ": " + fragments.get(i) + "\ngot " + AliSamples.pretty(actual));
            assertEquals(fragments.get(i), call.rawInput());
        }
    }

    /** The fixture's own convention: # comments, [county] headings, blank lines; one fragment per other line. */
    private static List<String> fragmentLines(String resource) {
        String text = new String(AliSamples.bytes(resource), StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("[")) {
                lines.add(line);
            }
        }
        return lines;
    }
}
