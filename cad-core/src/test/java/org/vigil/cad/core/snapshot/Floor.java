package org.vigil.cad.core.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.engine.EngineState;
import org.vigil.cad.core.event.Event;

/** A dispatch floor driven through the real engine, one stamped command at a time, on a fake clock. */
final class Floor {
    /** 2026-03-01T12:00:00Z. */
    static final long START_MICROS = 1_772_366_400_000_000L;

    private final DispatchEngine engine;
    private final List<Event> events = new ArrayList<>();
    private long nowMicros = START_MICROS;

    Floor() {
        this(new DispatchEngine(EngineConfig.defaults()));
    }

    private Floor(DispatchEngine engine) {
        this.engine = engine;
    }

    /** A floor that goes on from a restored state, on the same clock as {@code original}. */
    static Floor restoredFrom(EngineState state, Floor original) {
        Floor floor = new Floor(new DispatchEngine(EngineConfig.defaults(), state));
        floor.nowMicros = original.nowMicros;
        return floor;
    }

    /**
     * A busy afternoon: every unit status and incident status a snapshot must carry, calls in every state,
     * a fired status timer, AVL positions, narrative, a rejection, a closed and a reopened incident.
     */
    static Floor busyAfternoon() {
        Floor floor = new Floor();
        floor.at(0, new Command.RegisterUnit("E12", "ENGINE", "SFFD", "Station 12", 37.7749, -122.4194));
        floor.at(0, new Command.RegisterUnit("M7", "MEDIC", "AMR", "Post 7", 37.7599, -122.4148));
        floor.at(0, new Command.RegisterUnit("1A23", "PATROL", "SFPD", "Mission", 37.7625, -122.4219));
        floor.at(0, new Command.RegisterUnit("T5", "TRUCK", "SFFD", "", Double.NaN, Double.NaN));
        floor.at(10, new Command.OfferCall(CallSource.EMERGENCY_911, "4155550100", "WPH2",
                new Location("Market St & 5th St", 37.78385, -122.40776, 48.5, 90), "\u0002WPH2 4155550100\u0003"));
        floor.at(14, new Command.AnswerCall(1));
        floor.at(20, new Command.UpdateCallLocation(1, new Location("", 37.7839, -122.4078, 12.0, 95)));
        floor.at(45, new Command.CreateIncident(1, "STRUCTURE FIRE", 1, Location.ofAddress("865 Market St"),
                "smoke from the 2nd floor, caller says «ça brûle»"));
        floor.at(50, new Command.AssignUnit("26-000001", "E12"));
        floor.at(51, new Command.AssignUnit("26-000001", "M7"));
        floor.at(52, new Command.AssignUnit("26-000001", "E99"));
        floor.at(60, new Command.ChangeUnitStatus("E12", UnitStatus.ENROUTE, false));
        floor.at(65, new Command.UpdateUnitPosition("E12", 37.7801, -122.4120));
        floor.at(240, new Command.ChangeUnitStatus("E12", UnitStatus.ONSCENE, false));
        floor.at(250, new Command.ChangeUnitStatus("M7", UnitStatus.ONSCENE, false));
        floor.at(300, new Command.AddNarrative("26-000001", "fire knocked down, one patient to SFGH"));
        floor.at(320, new Command.OfferCall(CallSource.ADMIN_LINE, "4155550111", "RESD", Location.UNKNOWN, ""));
        floor.at(330, new Command.AbandonCall(2));
        floor.at(400, new Command.ChangeUnitStatus("M7", UnitStatus.TRANSPORTING, false));
        floor.at(500, new Command.OfferCall(CallSource.EMERGENCY_911, "4155550122", "VOIP",
                Location.ofAddress("101 Grove St"), "raw"));
        floor.at(505, new Command.AnswerCall(3));
        floor.at(530, new Command.TransferCall(3, "CHP Golden Gate"));
        floor.at(600, new Command.OfferCall(CallSource.TEXT, "4155550133", "", Location.ofPoint(37.76, -122.42), ""));
        floor.at(602, new Command.AnswerCall(4));
        floor.at(610, new Command.CreateIncident(4, "NOISE", 5, Location.ofPoint(37.76, -122.42), ""));
        floor.at(615, new Command.AssignUnit("26-000002", "1A23"));
        floor.at(700, new Command.ReleaseCall(4));
        floor.at(800, new Command.CloseIncident("26-000002", "REPORT TAKEN"));
        floor.at(810, new Command.ChangeUnitStatus("1A23", UnitStatus.OUTOFSERVICE, false));
        floor.at(820, new Command.CreateIncident(0, "ALARM", 3, Location.ofAddress("1 Dr Carlton B Goodlett Pl"),
                "robbery alarm, city hall"));
        floor.at(830, new Command.CloseIncident("26-000003", "FALSE ALARM"));
        floor.at(840, new Command.ReopenIncident("26-000003"));
        floor.at(850, new Command.OfferCall(CallSource.TELEMATICS, "", "TELM", Location.ofPoint(37.8, -122.45), ""));
        floor.at(900, new Command.ChangeUnitStatus("M7", UnitStatus.ATHOSPITAL, false));
        floor.at(905, new Command.UpdateUnitPosition("M7", 37.7557, -122.4049));
        floor.at(1_500, new Command.Tick());
        return floor;
    }

    /** Runs {@code command} {@code secondsIn} after the start of the floor; time never goes back. */
    Floor at(long secondsIn, Command command) {
        long atMicros = START_MICROS + TimeUnit.SECONDS.toMicros(secondsIn);
        if (atMicros < nowMicros) {
            throw new IllegalArgumentException("the floor's clock cannot go back to " + secondsIn + " s");
        }
        nowMicros = atMicros;
        engine.decide(command, nowMicros, "op7", "P1", events::add);
        return this;
    }

    /** Runs {@code command} {@code seconds} after the last one. */
    Floor after(long seconds, Command command) {
        return at(TimeUnit.MICROSECONDS.toSeconds(nowMicros - START_MICROS) + seconds, command);
    }

    EngineState state() {
        return engine.state();
    }

    long stateHash() {
        return engine.stateHash();
    }

    List<Event> events() {
        return events;
    }
}
