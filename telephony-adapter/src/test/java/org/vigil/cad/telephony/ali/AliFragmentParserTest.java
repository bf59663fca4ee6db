package org.vigil.cad.telephony.ali;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.telephony.InboundCall;

/** Fragments quoted in narratives: label rules, what is unreadable, and rules of one's own. */
class AliFragmentParserTest {
    private static final AliFragmentParser DEFAULTS = AliFragmentParser.defaults();

    @Test
    void anUnreadableCoordinateIsAProblemAndTheRestIsKept() {
        InboundCall call = DEFAULTS.parse("ALI X Coordinate: -84.7x6669 ALI Y Coordinate: 39.506106 "
                + "ALI Uncertainty Factor: 12 ALI Confidence Factor: 190");

        assertEquals(List.of("longitude not a number: '-84.7x6669'", "confidence not a percentage: '190'"),
                call.problems());
        assertFalse(call.location().hasPosition());
        assertEquals(12.0, call.location().uncertaintyMeters());
    }

    @Test
    void aLatitudeWithoutLongitudeIsAProblem() {
        InboundCall call = DEFAULTS.parse("ALI Y Coordinate: 39.506106");

        assertEquals(List.of("latitude without longitude"), call.problems());
        assertFalse(call.location().hasPosition());
    }

    @Test
    void textWithoutAnyAliFieldSaysSo() {
        InboundCall call = DEFAULTS.parse("UNIT E12 ON SCENE, SMOKE SHOWING");

        assertEquals(List.of("no ALI fields found"), call.problems());
        assertEquals("UNIT E12 ON SCENE, SMOKE SHOWING", call.rawInput());
    }

    @Test
    void aFragmentNeedsNoCallbackNumberButAWrongOneIsAProblem() {
        InboundCall call = DEFAULTS.parse(">E9< LOC = 205555010 PTYPE = WPH2,ATTM");

        assertEquals("WPH2", call.classOfService());
        assertTrue(call.problems().stream().anyMatch(p -> p.startsWith("ani is not a 10-digit callback number")),
                call.problems()::toString);
    }

    @Test
    void rulesOfOnesOwnAreLoadedFromAFile(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("county.rules");
        Files.writeString(rules, "# our CAD's narrative line\n"
                + "COS=(?<classOfService>\\w{4}) XY=(?<longitude>\\S+),(?<latitude>\\S+) R=(?<uncertainty>\\d+)m\n");

        AliFragmentParser parser = AliFragmentParser.load(rules,
                ClassOfServiceTable.defaults().with(LocationKind.CALLER_ESTIMATE, List.of("W2")));
        InboundCall call = parser.parse("911 CALL COS=WPH2 XY=-76.1,43.2 R=30m");

        assertEquals("WPH2", call.classOfService());
        assertEquals(43.2, call.location().latitude());
        assertEquals(-76.1, call.location().longitude());
        assertEquals(30.0, call.location().uncertaintyMeters());
        assertEquals("CALLER_ESTIMATE", call.fields().get("locationKind"));
    }

    @Test
    void aRuleWithoutAFieldOrWithABadExpressionIsRefusedWithItsLine() {
        IllegalArgumentException noGroup = assertThrows(IllegalArgumentException.class,
                () -> AliFragmentParser.parseRules("# x\nCOS=\\w{4}\n", "a.rules"));
        assertEquals("a.rules line 2: no named group, so no field", noGroup.getMessage());

        IllegalArgumentException badRegex = assertThrows(IllegalArgumentException.class,
                () -> AliFragmentParser.parseRules("COS=(?<classOfService>\\w{4}\n", "b.rules"));
        assertTrue(badRegex.getMessage().startsWith("b.rules line 1: not a regular expression"));
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(47L);
        String alphabet = ">E9<LOC=P#PTYPE,WPH2 Lat=Long=+-.0123456789 COMMENTS:Comments:SECTOR COF\\r\\n";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(120); c > 0; c--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            InboundCall call = DEFAULTS.parse(text.toString());
            assertEquals(text.toString(), call.rawInput());
        }
    }
}
