package org.vigil.cad.telephony.ali;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.cad.telephony.InboundCall;

/** The Jefferson layout on what other real records of the format can show, and on broken ones. */
class AliRecordParserTest {
    private static final AliRecordParser PARSER = new AliRecordParser(AliLayout.jefferson911ai());
    private static final int[] WRAP_WIDTHS = {32, 40, 55, 64, 72, 79, 80, 81, 100, 132, 10_000};

    static List<String> jeffersonRecords() {
        return AliSamples.JEFFERSON;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jeffersonRecords")
    void wrappingTheRecordAtAnyWidthGivesTheSameParse(String kind) {
        String text = AliSamples.recordText(kind);
        ObjectNode original = AliSamples.json(PARSER.parse(text));
        int start = recordStart(text);
        String unwrapped = text.substring(start).replace('\n', ' ');

        for (int width : WRAP_WIDTHS) {
            String rewrapped = text.substring(0, start) + wordWrap(unwrapped, width);
            assertEquals(original, AliSamples.json(PARSER.parse(rewrapped)), kind + " wrapped at " + width);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jeffersonRecords")
    void crLfAndCrLineBreaksReadLikeLf(String kind) {
        String text = AliSamples.recordText(kind);
        ObjectNode original = AliSamples.json(PARSER.parse(text));

        assertEquals(original, AliSamples.json(PARSER.parse(text.replace("\n", "\r\n"))), "CR LF");
        assertEquals(original, AliSamples.json(PARSER.parse(text.replace('\n', '\r'))), "CR");
    }

    @Test
    void aTwoDigitPrefixBeforeTheCallbackNumberIsKeptAsAFieldAndSkipped() {
        InboundCall call = PARSER.parse("42" + AliSamples.recordText("resd"));

        assertEquals("3155550101", call.ani());
        assertEquals("42", call.fields().get("aniPrefix"));
        assertEquals("RESD", call.classOfService());
        assertEquals("1234 STATE ROUTE 3, ELLISBURG, NY", call.location().address());
        assertFalse(call.malformed(), call.problems()::toString);
    }

    @Test
    void theCadSummaryLineIsSkippedButStaysInTheRawInput() {
        String text = AliSamples.recordText("wph2_vzw");

        InboundCall call = PARSER.parse(text);

        assertTrue(call.rawInput().startsWith("CALLBACK=(315)555-0107 LAT=043.788000"));
        assertEquals("3155550107", call.ani());
        assertFalse(call.fields().containsValue("CALLBACK=(315)555-0107"));
        assertFalse(call.malformed(), call.problems()::toString);
    }

    @Test
    void unknownTextBeforeTheRecordIsReportedAndTheRecordStillRead() {
        InboundCall call = PARSER.parse("JEFFERSON 911 PAGE\n" + AliSamples.recordText("busn"));

        assertEquals("3155550102", call.ani());
        assertEquals("STAT COMMUNICATIONS INC", call.callerName());
        assertEquals(List.of("text before the record start ignored: 'JEFFERSON 911 PAGE'"), call.problems());
    }

    @Test
    void aLatitudeThatIsNotANumberIsAProblemAndLeavesNoPosition() {
        String text = AliSamples.recordText("wph2_vzw").replace("LAT:+043.788000", "LAT:+04x.7     ");

        InboundCall call = PARSER.parse(text);

        assertTrue(call.problems().contains("LAT not a number: '+04x.7'"), call.problems()::toString);
        assertFalse(call.location().hasPosition());
        assertEquals(51.0, call.location().uncertaintyMeters(), "what could be read is kept");
        assertEquals("3155114667", call.rebidKey());
    }

    @Test
    void aCoordinateOutOfRangeIsAProblem() {
        String text = AliSamples.recordText("wph1").replace("LON:-076.025004", "LON:-276.025004");

        InboundCall call = PARSER.parse(text);

        assertTrue(call.problems().contains("LON out of range: '-276.025004'"), call.problems()::toString);
        assertFalse(call.location().hasPosition());
    }

    @Test
    void aPositionOfZeroZeroIsNoPosition() {
        String text = AliSamples.recordText("wph2_vzw").replace("LAT:+043.788000  LON:-076.019000",
                "LAT:+000.000000  LON:+000.000000");

        InboundCall call = PARSER.parse(text);

        assertFalse(call.location().hasPosition());
        assertTrue(call.problems().contains("LAT/LON 0/0 is no position"), call.problems()::toString);
    }

    @Test
    void aBlankClassOfServiceIsAProblemAndTheLocationIsKeptAsFound() {
        String text = AliSamples.recordText("resd").replace("RESD", "    ");

        InboundCall call = PARSER.parse(text);

        assertEquals("", call.classOfService());
        assertTrue(call.problems().contains("no class of service"), call.problems()::toString);
        assertEquals("UNKNOWN", call.fields().get("locationKind"));
        assertEquals("1234 STATE ROUTE 3, ELLISBURG, NY", call.location().address());
    }

    @Test
    void anUnknownClassOfServiceIsAProblem() {
        InboundCall call = PARSER.parse(AliSamples.recordText("busn").replace("BUSN", "ZZZ9"));

        assertEquals("ZZZ9", call.classOfService());
        assertEquals(List.of("unknown class of service 'ZZZ9'"), call.problems());
        assertEquals("UNKNOWN", call.fields().get("locationKind"));
    }

    @Test
    void aPhaseTwoRecordWithoutMtnIsMatchedOnRebidsByItsCallbackNumber() {
        String text = AliSamples.recordText("wph2_vzw").replace("MTN:315-511-4667", "MTN:            ");

        InboundCall call = PARSER.parse(text);

        assertEquals("3155550107", call.rebidKey());
        assertTrue(call.problems().stream().anyMatch(p -> p.startsWith("no 10-digit pANI/ESRK (MTN) on a WPH2 call")),
                call.problems()::toString);
    }

    @Test
    void aMoblRecordWithNoLocationSaysSo() {
        String text = AliSamples.recordText("mobl")
                .replace("MOBL       0         UNKNOWN ADDRESS", "MOBL                                  ")
                .replace("     NORTH BRUNSWICK TWP           NJ", "                                     ");

        InboundCall call = PARSER.parse(text);

        assertFalse(call.location().isKnown());
        assertEquals(List.of("no location in the record"), call.problems());
    }

    @Test
    void garbageWithATenDigitNumberSomewhereStillGivesAnAni() {
        InboundCall call = PARSER.parse("@@ line noise ## call back 315 555 0199 ?? ~~");

        assertEquals("3155550199", call.ani());
        assertEquals("3155550199", call.rebidKey());
        assertTrue(call.problems().contains("callback number 3155550199 taken from elsewhere in the text"),
                call.problems()::toString);
        assertTrue(call.problems().contains("no class of service"));
        assertEquals("@@ line noise ## call back 315 555 0199 ?? ~~", call.rawInput());
    }

    @Test
    void garbageWithoutAnyNumberSaysNoCallbackNumber() {
        InboundCall call = PARSER.parse("%%%% no digits here %%%%");

        assertEquals("", call.ani());
        assertTrue(call.problems().contains("no callback number (ANI) found"), call.problems()::toString);
        assertTrue(call.problems().stream().anyMatch(p -> p.startsWith("record start not found")));
    }

    @Test
    void nonAsciiBytesAreKeptAndNoted() {
        byte[] record = AliSamples.record("resd");
        String text = new String(record, StandardCharsets.ISO_8859_1).replace("DOE, JOHN Q", "DO\u00C9, J\u00D6HN Q");

        InboundCall call = PARSER.parse(text.getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("DO\u00C9, J\u00D6HN Q", call.callerName());
        assertEquals(text, call.rawInput());
        assertTrue(call.problems().contains("2 non-ASCII byte(s) kept as ISO-8859-1, the first at offset 66"),
                call.problems()::toString);
        assertEquals("RESD", call.classOfService(), "positions hold: one char per byte");
    }

    @Test
    void controlBytesAreReadAsSpacesSoPositionsHold() {
        String text = AliSamples.recordText("resd").replace("DOE, JOHN Q", "DOE,\u0000JOHN\u0007Q");

        InboundCall call = PARSER.parse(text);

        assertEquals("DOE, JOHN Q", call.callerName());
        assertEquals("SHERIFF/STATE POLICE", call.fields().get("policeAgency"));
        assertTrue(call.problems().contains("2 control byte(s) read as spaces, the first at offset 68"),
                call.problems()::toString);
    }

    @Test
    void aValueUnlikeItsCheckIsKeptAndNoted() {
        String text = AliSamples.recordText("resd");
        String cutInTheEsn = text.substring(0, text.indexOf("ESN:") + "ESN:008".length());

        InboundCall call = PARSER.parse(cutInTheEsn);

        assertEquals("008", call.fields().get("esn"));
        assertEquals(List.of("ESN '008' is not like \\d{5}"), call.problems());
    }

    @Test
    void anEmptyRecordIsAVisibleCallThatSaysSo() {
        InboundCall call = PARSER.parse(new byte[0]);

        assertEquals("", call.rawInput());
        assertTrue(call.problems().contains("empty record"));
        assertTrue(call.malformed());
    }

    @Test
    void randomTextNeverThrowsAndIsAlwaysKeptRaw() {
        Random random = new Random(20_160_330L);
        String real = AliSamples.recordText("wph1");
        for (int i = 0; i < 3_000; i++) {
            String text = randomText(random, real);
            InboundCall call = PARSER.parse(text);
            assertEquals(text, call.rawInput(), "case " + i);
            assertTrue(call.ani().isEmpty() || call.ani().length() == 10, "case " + i + ": " + call.ani());
        }
    }

    /** Random bytes, pieces of a real record, and the labels the layout looks for, mixed. */
    private static String randomText(Random random, String real) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(6);
        for (int p = 0; p < pieces; p++) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    int from = random.nextInt(real.length());
                    text.append(real, from, Math.min(real.length(), from + random.nextInt(200)));
                }
                case 1 -> text.append(List.of("LAT:", "LON:", "COF:", "COP:", "MTN:", "ESN:", "CPF:", "\n", "\r\n",
                        "315-555-0101 01/05 ").get(random.nextInt(10)));
                default -> {
                    int length = random.nextInt(60);
                    for (int i = 0; i < length; i++) {
                        text.append((char) random.nextInt(256));
                    }
                }
            }
        }
        return text.toString();
    }

    private static int recordStart(String text) {
        int callback = text.indexOf("CALLBACK=");
        return callback < 0 ? 0 : text.indexOf('\n', callback) + 3;
    }

    /** The paging gateway's wrapping: break at the last space that fits and drop that space. */
    static String wordWrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        while (text.length() - lineStart > width) {
            int breakAt = text.lastIndexOf(' ', lineStart + width);
            if (breakAt < lineStart) {
                breakAt = text.indexOf(' ', lineStart + width);
                if (breakAt < 0) {
                    break;
                }
            }
            out.append(text, lineStart, breakAt).append('\n');
            lineStart = breakAt + 1;
        }
        return out.append(text.substring(lineStart)).toString();
    }
}
