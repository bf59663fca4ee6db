package org.vigil.cad.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.console.ConsoleHarness.Reply;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.Journal;
import org.vigil.cad.core.journal.JournalReader;
import org.vigil.cad.core.journal.JournaledEvent;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;

/** A call-taker enters an incident, a dispatcher works it to the end, a supervisor checks the engine. */
@ExtendWith(NoLeakedThreadsExtension.class)
class DispatchFlowTest {
    @TempDir
    Path dataDir;
    private ConsoleHarness console;
    private String admin;
    private String calltaker;
    private String dispatcher;

    @BeforeEach
    void start() throws Exception {
        console = ConsoleHarness.start(dataDir);
        admin = console.login(TestUsers.ADMIN, "ADM");
        calltaker = console.login(TestUsers.CALLTAKER, "CT1");
        dispatcher = console.login(TestUsers.DISPATCHER, "FIRE1");
    }

    @AfterEach
    void stop() throws Exception {
        console.close();
    }

    @Test
    void anIncidentFromEntryToClose() {
        Reply unit = console.post("/api/units", admin, "{\"unitId\":\"E12\",\"unitType\":\"engine\",\"agency\":\"SFFD\","
                + "\"station\":\"12\",\"homeLatitude\":37.77,\"homeLongitude\":-122.42}");
        assertEquals(201, unit.status(), unit.body());
        assertEquals(List.of("UnitRegistered"), types(unit));
        assertEquals("unit:E12", unit.json().at("/events/0/subject").asText());

        Reply created = console.post("/api/incidents", calltaker, "{\"type\":\"STRUCTURE FIRE\",\"priority\":1,"
                + "\"address\":\"1 Main St\",\"latitude\":37.79,\"longitude\":-122.40,\"narrative\":\"smoke from roof\"}");
        assertEquals(201, created.status(), created.body());
        String number = created.text("incidentNumber");
        assertTrue(number.matches("\\d\\d-\\d{6}"), number);
        assertEquals("26-000001", number, "numbered in the gateway clock's year");
        assertEquals(List.of("IncidentCreated", "NarrativeAdded"), types(created));
        JsonNode entered = created.json().at("/events/0");
        assertEquals("carla", entered.path("operator").asText());
        assertEquals("CT1", entered.path("position").asText());
        assertEquals("1 Main St", entered.at("/location/address").asText());
        assertTrue(entered.at("/location/uncertaintyMeters").isNull(), "an unknown radius is null, not NaN");

        Reply narrative = console.post("/api/incidents/" + number + "/narrative", calltaker,
                "{\"text\":\"caller says two people inside\"}");
        assertEquals(200, narrative.status(), narrative.body());
        assertEquals(List.of("NarrativeAdded"), types(narrative));

        Reply assigned = console.post("/api/incidents/" + number + "/assign", dispatcher, "{\"units\":[\"E12\"]}");
        assertEquals(200, assigned.status(), assigned.body());
        assertTrue(assigned.json().path("accepted").asBoolean());
        JsonNode e12 = assigned.json().at("/results/0");
        assertEquals("E12", e12.path("unitId").asText());
        assertEquals(List.of("UnitAssigned", "UnitStatusChanged", "IncidentStatusChanged"), types(e12));

        Reply enroute = console.post("/api/units/E12/status", dispatcher, "{\"status\":\"ENROUTE\",\"override\":false}");
        assertEquals(200, enroute.status(), enroute.body());
        JsonNode moved = enroute.json().at("/events/0");
        assertEquals("UnitStatusChanged", moved.path("type").asText());
        assertEquals("DISPATCHED", moved.path("from").asText());
        assertEquals("ENROUTE", moved.path("to").asText());
        assertEquals(number, moved.path("incidentNumber").asText());

        Reply avl = console.post("/api/units/E12/position", dispatcher, "{\"latitude\":37.78,\"longitude\":-122.41}");
        assertEquals(200, avl.status(), avl.body());
        assertEquals(37.78, avl.json().at("/events/0/latitude").asDouble());

        Reply closed = console.post("/api/incidents/" + number + "/close", dispatcher, "{\"disposition\":\"EXTINGUISHED\"}");
        assertEquals(200, closed.status(), closed.body());
        assertEquals(List.of("UnitStatusChanged", "IncidentClosed"), types(closed));
        assertEquals("AVAILABLE", closed.json().at("/events/0/to").asText());
    }

    @Test
    void everyCommandIsJournaledWithTheSessionsUserAndPosition() {
        givenUnit("E12");
        String number = givenIncident();
        long lastIndex = console.post("/api/incidents/" + number + "/assign", dispatcher, "{\"units\":[\"E12\"]}")
                .json().at("/results/0/events/2/index").asLong();

        List<JournaledEvent> journaled = readJournal();
        assertEquals(lastIndex, journaled.get(journaled.size() - 1).index());
        JournaledEvent assignment = journaled.stream().filter(e -> e.event() instanceof Event.UnitAssigned)
                .findFirst().orElseThrow();
        assertEquals("dan", assignment.operator());
        assertEquals("FIRE1", assignment.position());
    }

    @Test
    void anIllegalStatusChangeIs409WithTheEnginesReasonAndWhereTheJournalHoldsIt() {
        givenUnit("E12");

        Reply reply = console.post("/api/units/E12/status", dispatcher, "{\"status\":\"ONSCENE\"}");

        assertEquals(409, reply.status(), reply.body());
        assertEquals("ILLEGAL_TRANSITION", reply.text("error"));
        assertEquals("E12 has no incident to be ONSCENE on", reply.text("detail"));
        JournaledEvent rejection = readJournal().get(1);
        assertEquals(rejection.index(), reply.json().path("index").asLong());
        assertTrue(rejection.event() instanceof Event.CommandRejected);
    }

    @Test
    void anUnknownIncidentOrUnitIs404() {
        Reply incident = console.post("/api/incidents/26-999999/narrative", calltaker, "{\"text\":\"hello\"}");
        assertEquals(404, incident.status(), incident.body());
        assertEquals("UNKNOWN_INCIDENT", incident.text("error"));
        assertEquals("no incident 26-999999", incident.text("detail"));

        Reply unit = console.post("/api/units/X99/position", dispatcher, "{\"latitude\":1.0,\"longitude\":2.0}");
        assertEquals(404, unit.status());
        assertEquals("UNKNOWN_UNIT", unit.text("error"));
    }

    @Test
    void whatTheEngineCallsInvalidIs422() {
        Reply reply = console.post("/api/incidents", calltaker, "{\"type\":\"FIRE\",\"priority\":0,\"address\":\"1 Main St\"}");

        assertEquals(422, reply.status(), reply.body());
        assertEquals("INVALID_INPUT", reply.text("error"));
        assertEquals("priority must be 1 to 9", reply.text("detail"));
    }

    @Test
    void assigningSeveralUnitsReportsEachAndTheFirstRefusalSetsTheStatus() {
        givenUnit("E12");
        givenUnit("M7");
        String first = givenIncident();
        String second = givenIncident();
        console.post("/api/incidents/" + first + "/assign", dispatcher, "{\"units\":[\"E12\"]}");

        Reply reply = console.post("/api/incidents/" + second + "/assign", dispatcher, "{\"units\":[\"E12\",\"M7\"]}");

        assertEquals(409, reply.status(), reply.body());
        assertFalse(reply.json().path("accepted").asBoolean());
        assertEquals("UNIT_NOT_AVAILABLE", reply.text("error"));
        assertEquals("E12 is DISPATCHED on " + first, reply.text("detail"));
        assertEquals("E12", reply.json().at("/results/0/unitId").asText());
        assertFalse(reply.json().at("/results/0/accepted").asBoolean());
        assertEquals("M7", reply.json().at("/results/1/unitId").asText());
        assertTrue(reply.json().at("/results/1/accepted").asBoolean(), "M7 still goes");
    }

    @Test
    void theStateHashIsSixteenHexDigitsAtTheLastJournalIndex() {
        givenUnit("E12");
        String supervisor = console.login(TestUsers.SUPERVISOR, "SUP1");

        Reply reply = console.get("/api/admin/state-hash", supervisor);

        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.text("stateHash").matches("[0-9a-f]{16}"), reply.body());
        List<JournaledEvent> journaled = readJournal();
        assertEquals(journaled.get(journaled.size() - 1).index(), reply.json().path("lastIndex").asLong());
        assertEquals(reply.text("stateHash"), console.get("/api/admin/state-hash", supervisor).text("stateHash"),
                "nothing happened in between");
    }

    @Test
    void metricsAreInPrometheusTextFormat() {
        givenUnit("E12");

        Reply reply = console.get("/metrics", null);

        assertEquals(200, reply.status());
        assertEquals("text/plain; version=0.0.4; charset=utf-8", reply.headers().firstValue("Content-Type").orElse(""));
        assertTrue(reply.body().contains("vigil_commands"), reply.body());
        assertTrue(reply.body().contains("vigil_http_responses"), reply.body());
    }

    private void givenUnit(String unitId) {
        Reply reply = console.post("/api/units", admin, "{\"unitId\":\"" + unitId + "\",\"unitType\":\"engine\"}");
        assertEquals(201, reply.status(), reply.body());
    }

    private String givenIncident() {
        Reply reply = console.post("/api/incidents", calltaker, "{\"type\":\"MEDICAL\",\"priority\":2,\"address\":\"9 Elm St\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.text("incidentNumber");
    }

    private static List<String> types(Reply reply) {
        return types(reply.json());
    }

    private static List<String> types(JsonNode result) {
        List<String> types = new ArrayList<>();
        result.path("events").forEach(e -> types.add(e.path("type").asText()));
        return types;
    }

    private List<JournaledEvent> readJournal() {
        List<JournaledEvent> events = new ArrayList<>();
        try (JournalReader reader = console.journal.readAfter(Journal.NO_INDEX)) {
            for (JournaledEvent e = reader.next(); e != null; e = reader.next()) {
                events.add(e);
            }
        }
        return events;
    }
}
