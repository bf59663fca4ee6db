package org.vigil.cad.telephony.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.cad.telephony.InboundCall;
import org.vigil.cad.telephony.ali.AliFieldSpec;
import org.vigil.cad.telephony.ali.AliLayout;
import org.vigil.cad.telephony.ali.AliRecordParser;

/** The ALI writer against the parser and against the real Jefferson County records. */
class AliRecordWriterTest {
    private static final AliLayout JEFFERSON = AliLayout.jefferson911ai();
    private static final AliRecordParser PARSER = new AliRecordParser(JEFFERSON);

    @ParameterizedTest
    @ValueSource(strings = {"resd", "busn", "cntx", "mobl", "voip", "wph1", "wph2_vzw", "wph2_attmo_fixed"})
    void theValuesOfARealRecordAreWrittenAsThatRecord(String kind) throws IOException {
        String sample = sample(kind);
        Map<String, String> values = valuesOf(PARSER.parse(sample), JEFFERSON);

        String written = AliRecordWriter.jefferson911ai().write(values);

        String record = recordPart(sample);
        assertEquals(folded(record), folded(written), "as the parser reads it");
        assertEquals(record, written, "and line for line, as the paging gateway wrapped it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RESD", "BUSN", "PBXB", "CNTX", "MOBL", "VOIP", "WPH1", "WPH2"})
    void everyClassOfServiceReadsBackAsWritten(String classOfService) {
        AliCallValues synthetic = new AliCallValues(new SplittableRandom(7), new PhoneNumbers(new SplittableRandom(7)));
        Map<String, String> values = synthetic.newCall(classOfService, "4155550142", "03/14 09:26:53");

        for (AliRecordWriter writer : List.of(AliRecordWriter.jefferson911ai(), new AliRecordWriter(JEFFERSON))) {
            InboundCall call = PARSER.parse(writer.write(values));

            assertEquals(List.of(), call.problems(), classOfService);
            assertEquals(values, valuesOf(call, JEFFERSON), classOfService);
        }
    }

    @Test
    void thePlainShapeServesALayoutWithInsertedLineBreaksAndAFieldToTheEnd() {
        AliLayout layout = AliLayout.parse("""
                name test
                linebreak none
                field ani @ 0 10
                field classOfService @ 11 4
                field callerName "NAME:" 1 20
                field pani "P#" 0 10
                field remarks "P#" 11 * optional
                """, "test");
        AliRecordWriter writer = new AliRecordWriter(layout, new AliRecordShape(
                AliRecordShape.plain(layout).text(), List.of(15), 12));
        Map<String, String> values = Map.of("ani", "4155550101", "classOfService", "WPH2", "callerName", "DOE, JOHN",
                "pani", "4155114667", "remarks", "CALLER ON A BRIDGE, SEE NOTES");

        String written = writer.write(values);

        assertTrue(written.contains("\n"), "broken into lines: " + written);
        InboundCall call = new AliRecordParser(layout).parse(written);
        assertEquals(values, Map.copyOf(valuesOf(call, layout)));
    }

    @Test
    void valuesThatWouldNotReadBackAreRefused() {
        AliRecordWriter writer = AliRecordWriter.jefferson911ai();
        Map<String, String> good = new AliCallValues(new SplittableRandom(1), new PhoneNumbers(new SplittableRandom(1)))
                .newCall("RESD", "4155550101", "01/05 17:31:25");

        assertRefused(writer, good, "callerName", "A NAME MUCH TOO LONG FOR THE FIELD", "wider than 27");
        assertRefused(writer, good, "callerName", "LAT: 1", "holds the label 'LAT:'");
        assertRefused(writer, good, "street", "FIRST LINE\nSECOND", "cannot carry");
        assertRefused(writer, good, "street", " PADDED", "read back trimmed");
        assertRefused(writer, good, "ani", "4155550101", "start pattern");
        assertRefused(writer, good, "policeAgency", "X".repeat(32), "line break at 403");
        assertRefused(writer, good, "floor", "3", "has no field floor");
    }

    private static void assertRefused(AliRecordWriter writer, Map<String, String> good, String field, String value,
                                      String reason) {
        Map<String, String> values = new LinkedHashMap<>(good);
        values.put(field, value);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> writer.write(values));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    /** The layout's fields as the parser read them, raw: the callback number in the record's own NNN-NNN-NNNN. */
    static Map<String, String> valuesOf(InboundCall call, AliLayout layout) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : layout.startFields()) {
            putIfPresent(values, name, call.fields().get(name));
        }
        for (AliFieldSpec field : layout.fields()) {
            String value = switch (field.name()) {
                case "ani" -> layout.start() == null ? call.ani() : PhoneNumbers.dashed(call.ani());
                case "classOfService" -> call.classOfService();
                case "callerName" -> call.callerName();
                default -> call.fields().get(field.name());
            };
            putIfPresent(values, field.name(), value);
        }
        return values;
    }

    private static void putIfPresent(Map<String, String> values, String name, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(name, value);
        }
    }

    private static String sample(String kind) throws IOException {
        String resource = "/ali/jefferson-ny-911ai-ali-" + kind + ".txt";
        try (InputStream in = AliRecordWriterTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The record without the CAD's summary line above it and the file's final line break. */
    private static String recordPart(String sample) {
        Matcher start = JEFFERSON.start().matcher(sample);
        assertTrue(start.find(), sample);
        return sample.substring(start.start()).stripTrailing();
    }

    /** What the layout says a line break is: one blank. */
    private static String folded(String record) {
        return record.replaceAll("\r\n|\r|\n", " ");
    }
}
