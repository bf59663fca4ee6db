package org.vigil.cad.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.IncidentNumbers;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.gateway.Operator;

/**
 * The workload the Vigil benchmarks drive: a roster of {@value #UNITS} units, then one dispatch cycle
 * after another. A cycle is one 9-1-1 call from ring to close, {@value #COMMANDS_PER_CYCLE} commands:
 * <ol>
 *   <li>offer a wireless call as telephony would: ANI, pANI as the rebid key, class of service, provider,
 *       Phase II position, six decoded ALI fields, and the 450-character ALI record as its raw input;</li>
 *   <li>answer it, enter an incident from it (with a narrative line), release the call;</li>
 *   <li>assign a unit, then en route, 3 AVL fixes, on scene, 3 AVL fixes, available;</li>
 *   <li>close the incident with a disposition.</li>
 * </ol>
 * The AVL fixes go round the whole roster. Every command is accepted by a fresh engine given the roster
 * first and stamped by a {@link SteppingClock}: the generator predicts call ids and incident numbers
 * the way the engine hands them out, so the cycle never waits for an answer.
 */
final class DispatchMix {
    static final int UNITS = 200;
    static final int AVL_PER_CYCLE = 6;
    static final int COMMANDS_PER_CYCLE = 9 + AVL_PER_CYCLE;

    static final Operator ADMIN = new Operator("admin", "ADM-1");
    static final Operator CALL_TAKER = new Operator("calltaker04", "CT-04");
    static final Operator DISPATCHER = new Operator("dispatcher02", "RD-02");
    static final Operator TELEPHONY = Operator.SYSTEM;
    static final Operator AVL_FEED = Operator.SYSTEM;

    private static final String[] UNIT_IDS = new String[UNITS];
    private static final String[] CALLER_ANIS = new String[64];
    private static final String[] ALI_RECORDS = new String[CALLER_ANIS.length];
    private static final Map<String, String> ALI_DETAILS = aliDetails();
    private static final String[] INCIDENT_TYPES = {"MEDICAL", "STRUCTURE FIRE", "TRAFFIC COLLISION",
        "ALARM", "ASSAULT", "SMOKE INVESTIGATION", "WELFARE CHECK"};
    private static final String[] ADDRESSES = {"1200 MARKET ST", "455 GOLDEN GATE AVE", "2100 FULTON ST",
        "800 BRANNAN ST", "3550 19TH AVE", "1 FERRY BUILDING", "250 FELL ST", "4000 MISSION ST"};
    private static final String[] NARRATIVES = {"CALLER REPORTS MALE DOWN, BREATHING, NOT RESPONSIVE",
        "SMOKE SHOWING FROM 2ND FLOOR WINDOW, OCCUPANTS OUT", "2 VEH TC, ONE PARTY COMPLAINING OF NECK PAIN",
        "COMMERCIAL FIRE ALARM, KEYHOLDER EN ROUTE", "RP STATES NEIGHBOR IS YELLING FOR HELP"};
    private static final String[] DISPOSITIONS = {"TRANSPORTED", "HANDLED", "NO PATIENT", "FALSE ALARM",
        "REPORT TAKEN"};

    static {
        String[] prefixes = {"E", "M", "T", "3A"};
        for (int i = 0; i < UNITS; i++) {
            UNIT_IDS[i] = prefixes[i % prefixes.length] + (i + 1);
        }
        for (int i = 0; i < CALLER_ANIS.length; i++) {
            CALLER_ANIS[i] = String.format("415555%04d", 1000 + i * 37);
            ALI_RECORDS[i] = aliRecord(CALLER_ANIS[i]);
        }
    }

    private final int year;
    private long cycle;
    private long nextCallId = 1;
    private int nextSequence = 1;

    /** A generator for a fresh engine whose stamps start at {@code startMicros}, numbering incidents in that year. */
    DispatchMix(long startMicros) {
        this.year = Instant.EPOCH.plusNanos(startMicros * 1_000).atZone(ZoneOffset.UTC).getYear();
    }

    /** Where the generator puts each command, with the operator who issues it. */
    @FunctionalInterface
    interface Target {
        void send(Command command, Operator operator);
    }

    static String unitId(int unit) {
        return UNIT_IDS[unit];
    }

    static void roster(Target target) {
        String[] types = {"ENGINE", "MEDIC", "TRUCK", "PATROL"};
        for (int i = 0; i < UNITS; i++) {
            String agency = i % 4 == 3 ? "SFPD" : "SFFD";
            target.send(new Command.RegisterUnit(UNIT_IDS[i], types[i % 4], agency, "STATION " + (1 + i % 40),
                    37.70 + (i % 20) * 0.005, -122.51 + (i / 20) * 0.015), ADMIN);
        }
    }

    /** Sends the next cycle's {@value #COMMANDS_PER_CYCLE} commands, the last one through {@code last}. */
    void nextCycle(Target target, Target last) {
        long callId = nextCallId++;
        String incident = IncidentNumbers.format(year, nextSequence++);
        int k = (int) (cycle % 1_000);
        String unit = UNIT_IDS[(int) (cycle % UNITS)];
        double latitude = 37.71 + k * 0.0001;
        double longitude = -122.50 + k * 0.00012;

        String ani = CALLER_ANIS[k % CALLER_ANIS.length];
        target.send(new Command.OfferCall(CallSource.EMERGENCY_911, ani, ani, "WPH2", "AT&T MOBILITY",
                new Location("", latitude, longitude, 25.0, 90), ALI_DETAILS, ALI_RECORDS[k % ALI_RECORDS.length]),
                TELEPHONY);
        target.send(new Command.AnswerCall(callId), CALL_TAKER);
        target.send(new Command.CreateIncident(callId, INCIDENT_TYPES[k % INCIDENT_TYPES.length], 1 + k % 3,
                new Location(ADDRESSES[k % ADDRESSES.length], latitude, longitude, Double.NaN, 0),
                NARRATIVES[k % NARRATIVES.length]), CALL_TAKER);
        target.send(new Command.ReleaseCall(callId), CALL_TAKER);
        target.send(new Command.AssignUnit(incident, unit), DISPATCHER);
        target.send(new Command.ChangeUnitStatus(unit, UnitStatus.ENROUTE, false), DISPATCHER);
        sendAvl(target, 0, 3);
        target.send(new Command.ChangeUnitStatus(unit, UnitStatus.ONSCENE, false), DISPATCHER);
        sendAvl(target, 3, AVL_PER_CYCLE);
        target.send(new Command.ChangeUnitStatus(unit, UnitStatus.AVAILABLE, false), DISPATCHER);
        last.send(new Command.CloseIncident(incident, DISPOSITIONS[k % DISPOSITIONS.length]), DISPATCHER);
        cycle++;
    }

    /** One AVL fix of a unit, somewhere in the city; deterministic in its arguments. */
    static Command.UpdateUnitPosition avlFix(int unit, long round) {
        int step = (int) (round % 500);
        return new Command.UpdateUnitPosition(UNIT_IDS[unit], 37.70 + step * 0.0002, -122.51 + step * 0.0003);
    }

    private void sendAvl(Target target, int from, int to) {
        for (int i = from; i < to; i++) {
            long fix = cycle * AVL_PER_CYCLE + i;
            target.send(avlFix((int) (fix % UNITS), fix / UNITS), AVL_FEED);
        }
    }

    /** The fields an ALI parser decodes from such a record, in the order it finds them. */
    private static Map<String, String> aliDetails() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("ESN", "00512");
        details.put("SECTOR", "NE");
        details.put("TELCO", "ATTMO");
        details.put("POL", "SFPD");
        details.put("FIR", "SFFD");
        details.put("EMS", "SFFD");
        return details;
    }

    /** A wireless Phase II ALI record in the fixed-width layout ALI controllers spill, 450 characters. */
    private static String aliRecord(String ani) {
        StringBuilder record = new StringBuilder(450)
                .append("(").append(ani, 0, 3).append(") ").append(ani, 3, 6).append('-').append(ani, 6, 10)
                .append("  WPH2  03/01 08:14:22\n")
                .append("CINGULAR WIRELESS        \n")
                .append("1200 MARKET ST                 SECTOR NE    \n")
                .append("SAN FRANCISCO      CA  ESN 00512  PSAP SFECC\n")
                .append("CALLBK=(").append(ani, 0, 3).append(")").append(ani, 3, 6).append('-').append(ani, 6, 10)
                .append("  COS WPH2  TELCO ATTMO\n")
                .append("X-122.419416  Y+37.774929  CF 90  UNC 000025\n")
                .append("ESN 00512  POL SFPD  FIR SFFD  EMS SFFD      \n")
                .append("VERIFY PD  VERIFY FD  VERIFY EMS             \n");
        while (record.length() < 450) {
            record.append(' ');
        }
        return record.toString();
    }
}
