package org.vigil.cad.telephony.pidf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.domain.Location;

/** Broken, hostile and unusual PIDF-LO: never an exception, always what could be read plus the reason. */
class PidfLoParserRobustnessTest {

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of(PidfLoParserRobustnessTest.class.getResource("/pidf/" + name).toURI()));
    }

    @Test
    void truncatedAtEveryPositionNeverThrowsAndReportsTheBreak() throws Exception {
        byte[] whole = sample("ng911lib/PersonDeviceCivicCircleLocation.xml");
        for (int cut = 0; cut < whole.length - 12; cut++) {
            byte[] part = java.util.Arrays.copyOf(whole, cut);
            PidfDocument parsed = PidfLoParser.parse(part);
            assertFalse(parsed.problems().isEmpty(), "a cut at " + cut + " must be reported");
        }
    }

    @Test
    void truncationAfterTheFirstStatementKeepsIt() throws Exception {
        String whole = new String(sample("ng911lib/PersonDeviceCivicCircleLocation.xml"), StandardCharsets.UTF_8);
        String cut = whole.substring(0, whole.indexOf("<dm:person") + 20);
        PidfDocument parsed = PidfLoParser.parse(cut);
        assertEquals("1657 Kay Ave, Simi Valley, CA 93063", parsed.bestLocation().address());
        assertTrue(parsed.problems().stream().anyMatch(p -> p.contains("not well formed")), parsed.problems()::toString);
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE presence [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"&x;\"/>";
        PidfDocument parsed = PidfLoParser.parse(xxe);
        assertEquals("", parsed.entity());
        assertTrue(parsed.problems().stream().anyMatch(p -> p.contains("DOCTYPE")), parsed.problems()::toString);
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(911);
        for (int i = 0; i < 500; i++) {
            byte[] garbage = new byte[random.nextInt(300)];
            random.nextBytes(garbage);
            PidfDocument parsed = PidfLoParser.parse(garbage);
            assertEquals(Location.UNKNOWN, parsed.bestLocation());
            assertFalse(parsed.problems().isEmpty());
        }
    }

    @Test
    void badNumbersAndMissingMeasuresAreNamed() {
        String xml = presence("<gs:Circle srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>42.5 -73.2</gml:pos>"
                + "<gs:radius uom=\"urn:ogc:def:uom:EPSG::9001\">fifty</gs:radius></gs:Circle>");
        PidfDocument parsed = PidfLoParser.parse(xml);
        assertTrue(parsed.problems().contains("radius is not a number: 'fifty'"), parsed.problems()::toString);
        assertTrue(parsed.problems().contains("Circle without radius"), parsed.problems()::toString);
        Location location = parsed.bestLocation();
        assertEquals(42.5, location.latitude());
        assertTrue(Double.isNaN(location.uncertaintyMeters()));
    }

    @Test
    void feetAndRadiansAreConverted() {
        String xml = presence("<gs:ArcBand srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>0 0</gml:pos>"
                + "<gs:innerRadius uom=\"urn:ogc:def:uom:EPSG::9002\">1000</gs:innerRadius>"
                + "<gs:outerRadius uom=\"urn:ogc:def:uom:EPSG::9002\">3000</gs:outerRadius>"
                + "<gs:startAngle uom=\"urn:ogc:def:uom:EPSG::9101\">0</gs:startAngle>"
                + "<gs:openingAngle uom=\"urn:ogc:def:uom:EPSG::9101\">0</gs:openingAngle></gs:ArcBand>");
        Location location = PidfLoParser.parse(xml).bestLocation();
        // Opening 0: a radial segment due north from 1000 ft to 3000 ft; its middle is 2000 ft (609.6 m) north.
        assertEquals(609.6 / Geodesy.EARTH_RADIUS_METRES * 180 / Math.PI, location.latitude(), 1e-9);
        assertEquals(0, location.longitude(), 1e-12);
        assertEquals(304.8, location.uncertaintyMeters(), 1e-6);
    }

    @Test
    void legacyCoordinatesInEveryHemisphere() {
        String xml = presence("<gml:Point srsName=\"epsg:4326\"><gml:coordinates>151:12:36E 33:51:36S"
                + "</gml:coordinates></gml:Point>");
        Location location = PidfLoParser.parse(xml).bestLocation();
        assertEquals(-(33 + 51 / 60.0 + 36 / 3600.0), location.latitude(), 1e-12);
        assertEquals(151 + 12 / 60.0 + 36 / 3600.0, location.longitude(), 1e-12);
    }

    @Test
    void outOfRangePositionIsKeptButReported() {
        PidfDocument parsed = PidfLoParser.parse(presence(
                "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>142.5 -73.2</gml:pos></gml:Point>"));
        assertEquals(142.5, parsed.bestLocation().latitude());
        assertFalse(parsed.bestLocation().hasValidPosition());
        assertTrue(parsed.problems().get(0).contains("out of WGS 84 range"), parsed.problems()::toString);
    }

    @Test
    void aDocumentWithoutLocationSaysSo() {
        PidfDocument parsed = PidfLoParser.parse("<presence xmlns=\"urn:ietf:params:xml:ns:pidf\"><tuple id=\"t\">"
                + "<status><basic>open</basic></status></tuple></presence>");
        assertEquals(Location.UNKNOWN, parsed.bestLocation());
        assertEquals(java.util.List.of("the document holds no location"), parsed.problems());
    }

    private static String presence(String locationInfo) {
        return "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" xmlns:gp=\"urn:ietf:params:xml:ns:pidf:geopriv10\""
                + " xmlns:gml=\"http://www.opengis.net/gml\" xmlns:gs=\"http://www.opengis.net/pidflo/1.0\">"
                + "<tuple id=\"t\"><status><gp:geopriv><gp:location-info>" + locationInfo
                + "</gp:location-info></gp:geopriv></status></tuple></presence>";
    }
}
