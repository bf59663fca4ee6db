package org.vigil.cad.telephony.simulator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.vigil.cad.telephony.simulator.SanFrancisco.Carrier;
import org.vigil.cad.telephony.simulator.SanFrancisco.Neighborhood;

/**
 * The field values of a plausible ALI record for each class of service, by the field names Vigil's ALI parser
 * understands (docs/telephony.md), shaped after the real Jefferson County records: wireline with the service
 * address and no position, VoIP with the registered address and its geocode, WPH1 with the cell sector and the
 * tower, WPH2 with the caller's estimate, MOBL as the municipal default of a conference transfer.
 */
final class AliCallValues {
    private static final String WIRELESS_NOTE_1 = "WIRELESS CALL";
    private static final String WIRELESS_NOTE_2 = "VERIFY CALLER'S NUMBER";
    private static final String WIRELESS_NOTE_3 = "VERIFY LOCATION";

    private final SplittableRandom random;
    private final PhoneNumbers numbers;

    AliCallValues(SplittableRandom random, PhoneNumbers numbers) {
        this.random = random;
        this.numbers = numbers;
    }

    /** Values for a new call; {@code pani} holds the MTN, which is the rebid key of wireless and VoIP calls. */
    Map<String, String> newCall(String classOfService, String callback, String time) {
        Neighborhood place = SanFrancisco.pick(random, SanFrancisco.NEIGHBORHOODS);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ani", PhoneNumbers.dashed(callback));
        values.put("time", time);
        values.put("position", String.format(Locale.ROOT, "%03d", 1 + random.nextInt(99)));
        values.put("classOfService", classOfService);
        values.put("community", SanFrancisco.COMMUNITY);
        values.put("state", SanFrancisco.STATE);
        values.put("esn", place.esn());
        switch (classOfService) {
            case "RESD" -> wireline(values, SanFrancisco.person(random), place, "");
            case "BUSN" -> wireline(values, SanFrancisco.pick(random, SanFrancisco.BUSINESSES), place, "");
            case "PBXB", "CNTX" -> wireline(values, SanFrancisco.pick(random, SanFrancisco.OFFICE_BUILDINGS), place,
                    "FLR " + (1 + random.nextInt(40)));
            case "VOIP" -> voip(values, place);
            case "WPH1" -> wirelessPhase1(values, place);
            case "WPH2" -> wirelessPhase2(values, place);
            case "MOBL" -> conferenceTransfer(values);
            default -> throw new IllegalArgumentException("no synthetic ALI values for class " + classOfService);
        }
        return values;
    }

    /** The same caller, later: Phase II arrives (or improves), nearer the truth; the record's time is the rebid's. */
    Map<String, String> rebid(Map<String, String> original, String time) {
        Map<String, String> values = new LinkedHashMap<>(original);
        double[] position = SanFrancisco.near(random, Double.parseDouble(original.get("latitude")),
                Double.parseDouble(original.get("longitude")), 100);
        values.put("time", time);
        values.put("classOfService", "WPH2");
        putPosition(values, position, 5 + random.nextInt(30), "090");
        return values;
    }

    private void wireline(Map<String, String> values, String name, Neighborhood place, String locationText) {
        Carrier carrier = SanFrancisco.pick(random, SanFrancisco.WIRELINE);
        values.put("callerName", name);
        address(values, place);
        if (!locationText.isEmpty()) {
            values.put("locationText", locationText);
        }
        // Wireline records show the callback number again as the MTN.
        values.put("pani", values.get("ani"));
        values.put("provider", carrier.code());
        agencies(values);
    }

    private void voip(Map<String, String> values, Neighborhood place) {
        Carrier carrier = SanFrancisco.pick(random, SanFrancisco.VOIP);
        values.put("callerName", SanFrancisco.person(random));
        address(values, place);
        // A registered address's geocode: no uncertainty or confidence given, as in the sample.
        putPosition(values, SanFrancisco.near(random, place.latitude(), place.longitude(), place.radiusMeters()), 0,
                "000");
        values.put("pani", PhoneNumbers.dashed(numbers.nextPani()));
        values.put("provider", carrier.code());
        agencies(values);
    }

    private void wirelessPhase1(Map<String, String> values, Neighborhood place) {
        sector(values, place);
        double[] tower = SanFrancisco.near(random, place.latitude(), place.longitude(), place.radiusMeters());
        putPosition(values, tower, 1500 + random.nextInt(4500), "100");
    }

    private void wirelessPhase2(Map<String, String> values, Neighborhood place) {
        sector(values, place);
        double[] caller = SanFrancisco.near(random, place.latitude(), place.longitude(), place.radiusMeters());
        putPosition(values, caller, 5 + random.nextInt(145), "090");
    }

    /** Wireless records name the carrier and the serving sector; the agency fields carry the usual warnings. */
    private void sector(Map<String, String> values, Neighborhood place) {
        Carrier carrier = SanFrancisco.pick(random, SanFrancisco.WIRELESS);
        values.put("callerName", carrier.name());
        values.put("houseNumber", Integer.toString(10_000 + random.nextInt(90_000)));
        values.put("street", SanFrancisco.pick(random, place.streets()) + " - "
                + SanFrancisco.pick(random, SanFrancisco.SECTORS) + " SECTOR");
        values.put("pani", PhoneNumbers.dashed(numbers.nextPani()));
        values.put("provider", carrier.code());
        values.put("policeAgency", WIRELESS_NOTE_1);
        values.put("fireAgency", WIRELESS_NOTE_2);
        values.put("emsAgency", WIRELESS_NOTE_3);
    }

    private void conferenceTransfer(Map<String, String> values) {
        values.put("callerName", "3RD PARTY CONFERENCE TRANSF");
        values.put("houseNumber", "0");
        values.put("street", "UNKNOWN ADDRESS");
        values.put("locationNote", "MUNICIPAL DEFAULT");
        values.put("pani", PhoneNumbers.dashed(numbers.nextPani()));
        values.put("provider", SanFrancisco.pick(random, SanFrancisco.WIRELINE).code());
        agencies(values);
    }

    private void address(Map<String, String> values, Neighborhood place) {
        values.put("houseNumber", Integer.toString(1 + random.nextInt(4999)));
        values.put("street", SanFrancisco.pick(random, place.streets()));
    }

    private static void agencies(Map<String, String> values) {
        values.put("policeAgency", SanFrancisco.POLICE);
        values.put("fireAgency", SanFrancisco.FIRE);
        values.put("emsAgency", SanFrancisco.EMS);
    }

    /** LAT/LON as the samples print them (+043.788000, -076.019000), metres and percent as digits. */
    private static void putPosition(Map<String, String> values, double[] position, int uncertaintyMeters,
                                    String confidence) {
        values.put("latitude", String.format(Locale.ROOT, "%+011.6f", position[0]));
        values.put("longitude", String.format(Locale.ROOT, "%+011.6f", position[1]));
        values.put("elevation", "+00000");
        values.put("uncertainty", Integer.toString(uncertaintyMeters));
        values.put("confidence", confidence);
    }
}
