package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.Unit;
import org.vigil.cad.core.domain.UnitStatus;

/** What must hold on any floor, whatever was asked of the engine: units and incidents agree about each other. */
final class FloorInvariants {
    private static final Pattern INCIDENT_NUMBER = Pattern.compile("\\d{2}-\\d{6}");

    private FloorInvariants() {
    }

    /**
     * An idle unit works no incident; a busy one works exactly one, which lists it once. Plain ifs, not
     * assertion lambdas: this runs for every unit after every command of the million-command run.
     */
    static void checkUnit(Unit unit, EngineState state, Supplier<String> where) {
        boolean idle = unit.status() == UnitStatus.AVAILABLE || unit.status() == UnitStatus.OUTOFSERVICE;
        if (idle) {
            if (unit.incidentNumber() != null) {
                fail(where.get() + ": idle " + unit.id() + " has incident " + unit.incidentNumber());
            }
            return;
        }
        Incident incident = state.incident(unit.incidentNumber());
        if (incident == null) {
            fail(where.get() + ": " + unit.id() + " is " + unit.status() + " on no incident");
        } else if (count(incident.assignedUnitIds(), unit.id()) != 1) {
            fail(where.get() + ": " + incident.number() + " should list " + unit.id() + " once, lists "
                    + incident.assignedUnitIds());
        }
    }

    /** Every listed unit works this incident, none twice, and a closed incident lists none. */
    static void checkIncident(Incident incident, EngineState state, Supplier<String> where) {
        List<String> assigned = incident.assignedUnitIds();
        if (incident.status() == IncidentStatus.CLOSED) {
            assertTrue(assigned.isEmpty(), () -> where.get() + ": closed " + incident.number() + " lists " + assigned);
        }
        assertEquals(assigned.size(), new HashSet<>(assigned).size(),
                () -> where.get() + ": " + incident.number() + " lists a unit twice: " + assigned);
        for (String unitId : assigned) {
            Unit unit = state.unit(unitId);
            assertNotNull(unit, () -> where.get() + ": " + incident.number() + " lists unknown unit " + unitId);
            assertEquals(incident.number(), unit.incidentNumber(),
                    () -> where.get() + ": " + unitId + " is listed on " + incident.number() + " but works another");
        }
    }

    /** Everything above for the whole floor, and numbering: well-formed, unique, 1..n within each year. */
    static void checkWholeFloor(EngineState state, int incidentsCreated, Supplier<String> where) {
        state.units().forEach(unit -> checkUnit(unit, state, where));
        Set<String> numbers = new HashSet<>();
        Map<String, List<Integer>> sequencesByYear = new TreeMap<>();
        for (Incident incident : state.incidents()) {
            checkIncident(incident, state, where);
            String number = incident.number();
            assertTrue(INCIDENT_NUMBER.matcher(number).matches(), () -> where.get() + ": malformed number " + number);
            assertTrue(numbers.add(number), () -> where.get() + ": number used twice " + number);
            sequencesByYear.computeIfAbsent(number.substring(0, 2), y -> new ArrayList<>())
                    .add(Integer.parseInt(number.substring(3)));
        }
        assertEquals(incidentsCreated, numbers.size(), () -> where.get() + ": an incident was lost or overwritten");
        sequencesByYear.forEach((year, sequences) -> {
            sequences.sort(null);
            for (int i = 0; i < sequences.size(); i++) {
                int expected = i + 1;
                assertEquals(expected, sequences.get(i), () -> where.get() + ": gap in year " + year + " numbering");
            }
        });
    }

    private static int count(List<String> values, String wanted) {
        int n = 0;
        for (String value : values) {
            if (value.equals(wanted)) {
                n++;
            }
        }
        return n;
    }
}
