package org.vigil.cad.core.engine;

import java.util.List;
import java.util.Random;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.engine.ReferenceDispatchModel.ModelIncident;
import org.vigil.cad.core.engine.ReferenceDispatchModel.ModelUnit;

/**
 * A seeded stream of commands that looks like a busy floor: mostly real ids and sensible next steps, with
 * a steady share of unknown ids, garbage fields, random statuses and overrides. It peeks at the reference
 * model only to pick plausible targets, never to decide an outcome. Time mostly moves forward; now and
 * then it steps back a little, as a corrected gateway clock would.
 */
final class PlausibleCommandGenerator {
    private static final String[] UNIT_IDS = {
        "E1", "E2", "E3", "E5", "E7", "E9", "E12", "E13", "E15", "E21", "E29", "E36",
        "T1", "T2", "T3", "T5", "T10", "T13",
        "M7", "M12", "M14", "M19", "M22", "M25", "M33", "M44", "M51", "M62", "M71", "M78", "M80", "M88",
        "1A1", "1A2", "1A3", "1A7", "1A11", "1A23", "2B4", "2B6", "3C1", "3C9", "4D2", "4D8", "5E5", "6F1", "7G2", "8H3"};
    private static final String[] UNKNOWN_UNIT_IDS = {"Z99", "e12", " ", "", null};
    private static final String[] UNKNOWN_NUMBERS = {"26-999999", "27-000000", "2600001", "", null};
    private static final String[] INCIDENT_TYPES = {"STRUCTURE FIRE", "MEDICAL", "TC", "ALARM", "ASSAULT", "WELFARE"};
    private static final String[] TEXTS = {"caller on scene", "smoke visible", "2 patients", "units staging", " "};
    private static final String[] AGENCIES = {"CHP", "SFFD", "AMR", "SMPD", "  "};
    private static final String[] DISPOSITIONS = {"FIRE OUT", "TRANSPORTED", "GOA", "UNFOUNDED", "REPORT TAKEN", ""};
    private static final Location[] LOCATIONS = {
        Location.ofAddress("600 Market St"), Location.ofPoint(37.7793, -122.4193),
        new Location("", 37.781, -122.41, 30, 90), Location.ofAddress("Pier 39"), Location.UNKNOWN, null,
        new Location(null, Double.NaN, -122.4, Double.NaN, 0), new Location("", 95, 200, -1, 0)};
    private static final long SECOND = 1_000_000L;
    private static final long MINUTE = 60 * SECOND;

    private final Random random;
    private final ReferenceDispatchModel floor;
    private long nowMicros;

    PlausibleCommandGenerator(long seed, ReferenceDispatchModel floor, long startMicros) {
        this.random = new Random(seed);
        this.floor = floor;
        this.nowMicros = startMicros;
    }

    long nowMicros() {
        return nowMicros;
    }

    /** Moves the clock on and returns the next command, stamped at {@link #nowMicros()}. */
    Command next() {
        advanceClock();
        if (floor.units().size() < 12 && random.nextInt(3) == 0) {
            return register();
        }
        int roll = random.nextInt(1000);
        if (roll < 20) {
            return register();
        } else if (roll < 100) {
            return offerCall();
        } else if (roll < 200) {
            return callAction();
        } else if (roll < 270) {
            return createIncident();
        } else if (roll < 310) {
            return new Command.AddNarrative(incidentNumber(), pick(TEXTS, 0.05));
        } else if (roll < 430) {
            return assign();
        } else if (roll < 680) {
            return changeStatus();
        } else if (roll < 800) {
            return avl();
        } else if (roll < 850) {
            return new Command.CloseIncident(incidentNumber(), pick(DISPOSITIONS, 0.05));
        } else if (roll < 870) {
            return new Command.ReopenIncident(closedIncidentNumber());
        }
        return new Command.Tick();
    }

    private void advanceClock() {
        int roll = random.nextInt(100);
        if (roll == 0) {
            nowMicros += 5 * MINUTE + (long) (random.nextDouble() * 25 * MINUTE);
        } else if (roll == 1 && chance(0.1)) {
            nowMicros -= (long) (random.nextDouble() * 2 * SECOND);
        } else if (roll > 5) {
            nowMicros += (long) (random.nextDouble() * 20 * SECOND);
        }
    }

    private Command register() {
        boolean badId = chance(0.03);
        String id = badId ? pick(new String[] {" ", ""}, 0.4) : UNIT_IDS[random.nextInt(UNIT_IDS.length)];
        String type = badId || chance(0.03) ? pick(new String[] {" ", "ENGINE"}, 0) : typeOf(id);
        double latitude = chance(0.03) ? 91 : 37.7 + random.nextDouble() * 0.1;
        double longitude = chance(0.05) ? Double.NaN : -122.5 + random.nextDouble() * 0.1;
        return new Command.RegisterUnit(id, type, chance(0.05) ? null : "SF", "ST" + random.nextInt(40), latitude,
                longitude);
    }

    private static String typeOf(String unitId) {
        return switch (unitId.charAt(0)) {
            case 'E' -> "ENGINE";
            case 'T' -> "TRUCK";
            case 'M' -> "MEDIC";
            default -> "PATROL";
        };
    }

    private Command offerCall() {
        boolean garbage = chance(0.1);
        CallSource source = garbage && chance(0.5) ? null : CallSource.values()[random.nextInt(CallSource.values().length)];
        String ani = garbage ? pick(new String[] {"\u0002", "", "??"}, 0.3) : "415555" + (1000 + random.nextInt(9000));
        if (!garbage && chance(0.3)) {
            // A small pool of pANIs, so some offers are rebids of a live call and some start a new one.
            String pani = "315555" + (1000 + random.nextInt(25));
            return new Command.OfferCall(source, ani, pani, "WPH2", "WIRELESS CALLER", pick(LOCATIONS, 0),
                    java.util.Map.of("CPF", "VZW"), "ALI rebid spill");
        }
        return new Command.OfferCall(source, ani, garbage ? null : "WPH2", pick(LOCATIONS, 0),
                garbage ? null : "ALI spill");
    }

    private Command callAction() {
        int roll = random.nextInt(100);
        if (roll < 35) {
            return new Command.AnswerCall(callId(CallState.RINGING));
        } else if (roll < 50) {
            return new Command.AbandonCall(callId(CallState.RINGING));
        } else if (roll < 70) {
            return new Command.ReleaseCall(callId(CallState.ANSWERED));
        } else if (roll < 75) {
            return new Command.TransferCall(callId(CallState.ANSWERED), pick(AGENCIES, 0.05));
        } else if (roll < 82) {
            return new Command.HangUp(callId(chance(0.5) ? CallState.RINGING : CallState.ANSWERED));
        } else if (roll < 88) {
            return new Command.AddCallText(callId(CallState.ANSWERED), chance(0.5), chance(0.05) ? " " : "are you safe?");
        }
        return new Command.UpdateCallLocation(callId(chance(0.5) ? CallState.RINGING : CallState.ANSWERED),
                pick(LOCATIONS, 0));
    }

    private Command createIncident() {
        long callId = 0;
        if (chance(0.4)) {
            callId = callId(CallState.ANSWERED);
        } else if (chance(0.05)) {
            callId = floor.callCount() + 1 + random.nextInt(3);
        }
        int priority = chance(0.05) ? random.nextInt(12) - 1 : 1 + random.nextInt(5);
        return new Command.CreateIncident(callId, pick(INCIDENT_TYPES, 0.03), priority, pick(LOCATIONS, 0),
                pick(TEXTS, 0.4));
    }

    private Command assign() {
        String unitId = chance(0.8) ? availableUnitId() : unitId();
        return new Command.AssignUnit(incidentNumber(), unitId);
    }

    private Command changeStatus() {
        ModelUnit unit = chance(0.95) && !floor.units().isEmpty()
                ? floor.units().get(random.nextInt(floor.units().size())) : null;
        String unitId = unit == null ? unitId() : unit.id;
        UnitStatus target;
        if (unit != null && chance(0.6)) {
            target = normalNext(unit.status);
        } else {
            target = chance(0.01) ? null : UnitStatus.values()[random.nextInt(UnitStatus.values().length)];
        }
        return new Command.ChangeUnitStatus(unitId, target, chance(0.15));
    }

    private UnitStatus normalNext(UnitStatus from) {
        int start = random.nextInt(UnitStatus.values().length);
        for (int i = 0; i < UnitStatus.values().length; i++) {
            UnitStatus to = UnitStatus.values()[(start + i) % UnitStatus.values().length];
            if (ReferenceDispatchModel.isNormalMove(from, to)) {
                return to;
            }
        }
        return UnitStatus.AVAILABLE;
    }

    private Command avl() {
        double latitude = chance(0.03) ? pick(new Double[] {Double.NaN, 95.0, -90.5}, 0) : 37.7 + random.nextDouble() * 0.1;
        return new Command.UpdateUnitPosition(unitId(), latitude, -122.5 + random.nextDouble() * 0.1);
    }

    private String unitId() {
        return chance(0.05) ? pick(UNKNOWN_UNIT_IDS, 0) : UNIT_IDS[random.nextInt(UNIT_IDS.length)];
    }

    private String availableUnitId() {
        List<ModelUnit> units = floor.units();
        int start = units.isEmpty() ? 0 : random.nextInt(units.size());
        for (int i = 0; i < units.size(); i++) {
            ModelUnit unit = units.get((start + i) % units.size());
            if (unit.status == UnitStatus.AVAILABLE) {
                return unit.id;
            }
        }
        return unitId();
    }

    /** Mostly one of the last few dozen incidents, the ones a floor is working. */
    private String incidentNumber() {
        List<String> numbers = floor.incidentNumbers();
        if (numbers.isEmpty() || chance(0.04)) {
            return pick(UNKNOWN_NUMBERS, 0);
        }
        int window = chance(0.8) ? Math.min(numbers.size(), 30) : numbers.size();
        return numbers.get(numbers.size() - 1 - random.nextInt(window));
    }

    private String closedIncidentNumber() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String number = incidentNumber();
            ModelIncident incident = floor.incidentOrNull(number);
            if (incident != null && incident.status == IncidentStatus.CLOSED) {
                return number;
            }
        }
        return incidentNumber();
    }

    /** Mostly a recent call, preferring one in {@code wanted} state; sometimes an id no call has. */
    private long callId(CallState wanted) {
        int count = floor.callCount();
        if (count == 0 || chance(0.05)) {
            return chance(0.5) ? count + 1 + random.nextInt(5) : -random.nextInt(3);
        }
        for (int attempt = 0; attempt < 4; attempt++) {
            long id = recentCallId(count);
            if (floor.call(id).state == wanted) {
                return id;
            }
        }
        return chance(0.2) ? 1 + random.nextInt(count) : recentCallId(count);
    }

    private long recentCallId(int count) {
        return count - random.nextInt(Math.min(count, 20));
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** One of {@code values}, or null with probability {@code emptyShare}. */
    private <T> T pick(T[] values, double emptyShare) {
        if (emptyShare > 0 && chance(emptyShare)) {
            return null;
        }
        return values[random.nextInt(values.length)];
    }
}
