package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.Unit;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;

/**
 * One engine on a fake clock, so a test reads like a dispatcher's log: set the time, state what is on
 * the floor with {@code given…}, then do one thing with {@link #when} and look at the events.
 * {@code given…} steps must be accepted; a refused step fails the test at once, naming the step.
 */
final class EngineScenario {
    static final String OPERATOR = "disp.kowalski";
    static final String POSITION = "DISP-3";
    static final String DEFAULT_ADDRESS = "1 Dr Carlton B Goodlett Pl, San Francisco";

    private final DispatchEngine engine;
    private long nowMicros;

    EngineScenario() {
        this(EngineConfig.defaults());
    }

    EngineScenario(EngineConfig config) {
        this.engine = new DispatchEngine(config);
        at("2026-03-01T10:00:00Z");
    }

    static long micros(String isoInstant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(isoInstant));
    }

    // ---- the clock

    EngineScenario at(String isoInstant) {
        nowMicros = micros(isoInstant);
        return this;
    }

    EngineScenario after(Duration elapsed) {
        nowMicros += elapsed.toNanos() / 1_000;
        return this;
    }

    long nowMicros() {
        return nowMicros;
    }

    // ---- doing things

    /** Stamps the command with the scenario's clock, operator and position, and returns what the engine emitted. */
    List<Event> when(Command command) {
        List<Event> events = new ArrayList<>();
        engine.decide(command, nowMicros, OPERATOR, POSITION, events::add);
        return events;
    }

    /** Like {@link #when}, for a command expected to hit an engine bug: returns the events emitted before the throw. */
    List<Event> whenEngineFails(Command command) {
        List<Event> events = new ArrayList<>();
        assertThrows(EngineFailure.class, () -> engine.decide(command, nowMicros, OPERATOR, POSITION, events::add),
                () -> command + " should have failed inside the engine");
        return events;
    }

    List<Event> given(Command command) {
        List<Event> events = when(command);
        for (Event event : events) {
            if (event instanceof Event.CommandRejected rejected) {
                fail("given step " + command + " was refused: " + rejected);
            }
        }
        return events;
    }

    // ---- the floor

    void givenUnit(String unitId, String unitType, String agency, String station, double latitude, double longitude) {
        given(new Command.RegisterUnit(unitId, unitType, agency, station, latitude, longitude));
    }

    void givenUnit(String unitId) {
        givenUnit(unitId, "ENGINE", "FIRE", "ST12", 37.7793, -122.4193);
    }

    /** Enters a priority-2 structure fire with no call and returns its number. */
    String givenIncident() {
        return givenIncident("STRUCTURE FIRE", 2, DEFAULT_ADDRESS);
    }

    String givenIncident(String incidentType, int priority, String address) {
        return created(given(new Command.CreateIncident(0, incidentType, priority, Location.ofAddress(address), "")));
    }

    String givenIncidentFromCall(long callId) {
        return created(given(new Command.CreateIncident(callId, "MEDICAL", 1, Location.ofAddress(DEFAULT_ADDRESS),
                "caller reports a fall")));
    }

    /** Offers a wireless 9-1-1 call and returns its id. */
    long givenCall() {
        return givenCall(CallSource.EMERGENCY_911, "4155550123");
    }

    long givenCall(CallSource source, String ani) {
        List<Event> events = given(new Command.OfferCall(source, ani, "WPH2", Location.ofPoint(37.7793, -122.4193),
                "raw spill"));
        return only(events, Event.CallOffered.class).callId();
    }

    long givenAnsweredCall() {
        long callId = givenCall();
        given(new Command.AnswerCall(callId));
        return callId;
    }

    void givenAssigned(String unitId, String incidentNumber) {
        given(new Command.AssignUnit(incidentNumber, unitId));
    }

    void givenStatus(String unitId, UnitStatus status) {
        given(new Command.ChangeUnitStatus(unitId, status, false));
    }

    /** Registers the unit, sends it to a new incident and reports it on scene; returns the incident. */
    String givenUnitOnScene(String unitId) {
        return givenUnitIn(unitId, UnitStatus.ONSCENE);
    }

    /**
     * Registers the unit and walks it, by normal moves only, into {@code status}. Returns the incident it
     * works there, or null for a status without one.
     */
    String givenUnitIn(String unitId, UnitStatus status) {
        givenUnit(unitId);
        if (status == UnitStatus.AVAILABLE) {
            return null;
        }
        if (status == UnitStatus.OUTOFSERVICE) {
            givenStatus(unitId, UnitStatus.OUTOFSERVICE);
            return null;
        }
        String number = givenIncident();
        givenAssigned(unitId, number);
        for (UnitStatus step : pathFromDispatched(status)) {
            givenStatus(unitId, step);
        }
        return number;
    }

    private static List<UnitStatus> pathFromDispatched(UnitStatus target) {
        return switch (target) {
            case DISPATCHED -> List.of();
            case ENROUTE -> List.of(UnitStatus.ENROUTE);
            case ONSCENE -> List.of(UnitStatus.ONSCENE);
            case TRANSPORTING -> List.of(UnitStatus.ONSCENE, UnitStatus.TRANSPORTING);
            case ATHOSPITAL -> List.of(UnitStatus.ONSCENE, UnitStatus.TRANSPORTING, UnitStatus.ATHOSPITAL);
            case AVAILABLE, OUTOFSERVICE -> throw new IllegalArgumentException(target + " is not a committed status");
        };
    }

    // ---- looking at the floor

    Unit unit(String unitId) {
        return engine.state().unit(unitId);
    }

    Incident incident(String number) {
        return engine.state().incident(number);
    }

    Call call(long callId) {
        return engine.state().call(callId);
    }

    DispatchEngine engine() {
        return engine;
    }

    private static String created(List<Event> events) {
        return only(events, Event.IncidentCreated.class).incidentNumber();
    }

    /** The one event of this type among {@code events}; fails when there is none or more than one. */
    static <T extends Event> T only(List<Event> events, Class<T> type) {
        T found = null;
        for (Event event : events) {
            if (type.isInstance(event)) {
                if (found != null) {
                    fail("more than one " + type.getSimpleName() + " in " + events);
                }
                found = type.cast(event);
            }
        }
        if (found == null) {
            fail("no " + type.getSimpleName() + " in " + events);
        }
        return found;
    }
}
