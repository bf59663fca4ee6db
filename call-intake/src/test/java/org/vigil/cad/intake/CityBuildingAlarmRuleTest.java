package org.vigil.cad.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Location;

class CityBuildingAlarmRuleTest {
    private static final Location CITY_HALL = new Location("1 DR CARLTON B GOODLETT PL", 37.7793, -122.4193, Double.NaN, 0);
    private final CityBuildingAlarmRule rule = new CityBuildingAlarmRule(Set.of("city-0001", " CITY-0002 "));

    @Test
    void aRobberyAlarmAtACityBuildingBecomesAPriorityOnePoliceIncidentLinkedToTheAlarmCall() {
        Command.CreateIncident incident = rule.incidentFor(17, "robbery", "CITY-0001", "City Hall", "3", CITY_HALL)
                .orElseThrow();
        assertEquals(17, incident.callId());
        assertEquals(CityBuildingAlarmRule.INCIDENT_TYPE, incident.incidentType());
        assertEquals(1, incident.priority());
        assertEquals(CITY_HALL, incident.location());
        assertEquals("ROBBERY alarm at City Hall, zone 3 (account CITY-0001); no call-taker, created by rule",
                incident.narrative());
        assertTrue(rule.incidentFor(18, "PANIC", "city-0002", "Library", "", CITY_HALL).isPresent());
    }

    @Test
    void otherAlarmsAndOtherPremisesWaitForACallTaker() {
        assertTrue(rule.incidentFor(1, "BURGLARY", "CITY-0001", "City Hall", "1", CITY_HALL).isEmpty());
        assertTrue(rule.incidentFor(1, "ROBBERY", "BANK-7", "Corner Bank", "1", CITY_HALL).isEmpty());
        assertTrue(rule.incidentFor(1, "ROBBERY", "CITY-0001", "City Hall", "1", Location.UNKNOWN).isEmpty(),
                "without a location an incident could not be dispatched; the call waits instead");
    }
}
