package org.vigil.cad.telephony.ali;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.telephony.InboundCall;

/** The layout file: another agency's format is a new file, and a mistake in one says where it is. */
class AliLayoutTest {
    /** A made-up agency whose ALI lines are fixed 40-column lines, delivered with CR LF between them. */
    private static final String OTHER_AGENCY_LAYOUT = """
            # Example County: fixed lines, breaks take no room
            name       Example County
            linebreak  none
            preamble   \\*\\*\\* ALI \\*\\*\\*
            start      (?<origin>\\(\\d{3}\\) ?\\d{3}-\\d{4})
            field ani             @        0   14
            field classOfService  @        16  4
            field time            @        22  11
            field callerName      @        40  40
            field houseNumber     @        80  6
            field street          @        87  33
            field community       @        120 20
            field state           @        140 2
            field longitude       "X COORD:"  0  12
            field latitude        "Y COORD:"  0  12
            field uncertainty     UNC=     0   5
            field confidence      CONF=    0   3
            field pani            ESRK=    0   10
            field esn             ESN=     0   3
            field remarks         ESN=     4   *   optional
            kind CALLER_ESTIMATE  W911 PH2*
            """;

    private static final String OTHER_AGENCY_RECORD = "*** ALI ***\r\n"
            + pad("(555) 555-0199  W911  12/31 23:59", 40) + "\r\n"
            + pad("SMITH, ALEX", 40) + "\r\n"
            + pad("   123 N MAIN ST", 40) + "\r\n"
            + pad("SPRINGFIELD         IL", 40) + "\r\n"
            + "X COORD:-89.650000  Y COORD:+39.780000  UNC=25   CONF=90 ESRK=5555550100 ESN=101 CHECK CALLBACK\r\n";

    @Test
    void anotherAgencysFormatNeedsOnlyALayoutFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("example-county.layout");
        Files.writeString(file, OTHER_AGENCY_LAYOUT, StandardCharsets.UTF_8);

        InboundCall call = new AliRecordParser(AliLayout.load(file)).parse(AliSamples.latin1(OTHER_AGENCY_RECORD));

        assertEquals("5555550199", call.ani());
        assertEquals("W911", call.classOfService());
        assertEquals("SMITH, ALEX", call.callerName());
        assertEquals("123 N MAIN ST, SPRINGFIELD, IL", call.location().address());
        assertEquals(39.78, call.location().latitude());
        assertEquals(-89.65, call.location().longitude());
        assertEquals(25.0, call.location().uncertaintyMeters());
        assertEquals(90, call.location().confidencePercent());
        assertEquals("5555550100", call.rebidKey(), "W911 is a Phase II class in this layout: rebids by ESRK");
        assertEquals("CALLER_ESTIMATE", call.fields().get("locationKind"));
        assertEquals("CHECK CALLBACK", call.fields().get("remarks"));
        assertEquals("12/31 23:59", call.fields().get("time"));
        assertFalse(call.malformed(), call.problems()::toString);
    }

    @Test
    void aLayoutKindLineExtendsTheNenaCodesWithPrefixes() {
        AliLayout layout = AliLayout.parse(OTHER_AGENCY_LAYOUT, "example");

        assertEquals(LocationKind.CALLER_ESTIMATE, layout.classes().kindOf("PH2X"));
        assertEquals(LocationKind.CIVIC_ADDRESS, layout.classes().kindOf("resd"), "the NENA codes stay");
        assertEquals(LocationKind.CIVIC_ADDRESS, layout.classes().kindOf("PBXB"));
        assertEquals(null, layout.classes().kindOf("ABCD"));
    }

    @Test
    void theShippedJeffersonLayoutHasEveryFieldTheReadmeNames() {
        AliLayout layout = AliLayout.jefferson911ai();

        List<String> names = layout.fields().stream().map(AliFieldSpec::name).toList();
        assertEquals(List.of("ani", "time", "position", "callerName", "classOfService", "houseNumber",
                "houseNumberSuffix", "street", "community", "state", "locationText", "locationNote", "latitude",
                "longitude", "elevation", "uncertainty", "confidence", "pani", "provider", "esn", "policeAgency",
                "fireAgency", "emsAgency", "remarks"), names);
        assertEquals(List.of("aniPrefix"), layout.startFields());
        assertEquals(AliLayout.LineBreak.SPACE, layout.lineBreak());
        assertEquals("LAT", layout.fields().get(12).displayName());
    }

    @Test
    void aMistakeInALayoutFileNamesTheFileAndLine() {
        assertLayoutError("field ani @ 0 12\nfeild street @ 12 10\n", "test.layout line 2: unknown directive 'feild'");
        assertLayoutError("field ani @ 0 twelve\n", "test.layout line 1: the width must be a whole number");
        assertLayoutError("field ani @ 0 0\n", "test.layout line 1: field ani: the width must be positive");
        assertLayoutError("field ani @ 0 12\nfield ani @ 12 3\n", "test.layout line 2: field ani is defined twice");
        assertLayoutError("start (?<origin>[0-9\n", "test.layout line 1: not a regular expression");
        assertLayoutError("linebreak crlf\n", "test.layout line 1: linebreak must be 'space' or 'none'");
        assertLayoutError("field lat \"LAT: 0 13\n", "test.layout line 1: a quoted label is not closed");
        assertLayoutError("kind TOWER WPH1\nfield ani @ 0 12\n", "test.layout line 1: unknown location kind 'TOWER'");
        assertLayoutError("field ani @ 0 12 sometimes\n", "test.layout line 1: expected: field NAME");
        assertLayoutError("name only\n", "test.layout: no field lines");
    }

    @Test
    void aLayoutWithoutAStartPatternCountsFromTheFirstLineThatIsNotPreamble() {
        AliLayout layout = AliLayout.parse("preamble ==.*\nfield ani @ 0 12\nfield classOfService @ 13 4\n", "tiny");

        InboundCall call = new AliRecordParser(layout).parse("== summary ==\n\n315-555-0101 RESD\n");

        assertEquals("3155550101", call.ani());
        assertEquals("RESD", call.classOfService());
        assertTrue(call.problems().contains("no location in the record"), call.problems()::toString);
    }

    private static void assertLayoutError(String layout, String expectedStart) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AliLayout.parse(layout, "test.layout"));
        assertTrue(error.getMessage().startsWith(expectedStart), error.getMessage());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
