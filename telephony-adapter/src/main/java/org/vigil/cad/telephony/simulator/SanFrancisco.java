package org.vigil.cad.telephony.simulator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible San Francisco call data: neighbourhoods with their streets, names, businesses and carriers. Names
 * and businesses are invented; positions are around real neighbourhood centres so they fall on land.
 */
final class SanFrancisco {
    static final String COMMUNITY = "SAN FRANCISCO";
    static final String STATE = "CA";
    static final String POLICE = "SAN FRANCISCO PD";
    static final String FIRE = "SAN FRANCISCO FD";
    static final String EMS = "SAN FRANCISCO FD EMS";
    /** San Francisco's and its neighbours' area codes; with 555-0100..0199 these are fictional numbers. */
    static final List<String> AREA_CODES = List.of("415", "628", "650", "510", "925", "408");
    private static final double METERS_PER_DEGREE = 111_320;

    /** A neighbourhood: its centre, how far its calls spread, its streets, and the ESN that serves it. */
    record Neighborhood(String name, double latitude, double longitude, double radiusMeters, String esn,
                        List<String> streets) {
    }

    /** Who carries a call: the name ALI shows and the 5-letter provider code (CPF). */
    record Carrier(String name, String code) {
    }

    static final List<Neighborhood> NEIGHBORHOODS = List.of(
            new Neighborhood("MISSION", 37.7599, -122.4148, 700, "04101",
                    List.of("MISSION ST", "VALENCIA ST", "24TH ST", "GUERRERO ST")),
            new Neighborhood("SOMA", 37.7785, -122.4056, 600, "04102",
                    List.of("FOLSOM ST", "HOWARD ST", "6TH ST", "BRYANT ST")),
            new Neighborhood("TENDERLOIN", 37.7847, -122.4145, 300, "04103",
                    List.of("ELLIS ST", "EDDY ST", "LEAVENWORTH ST", "TURK ST")),
            new Neighborhood("OUTER SUNSET", 37.7553, -122.4943, 800, "04104",
                    List.of("JUDAH ST", "NORIEGA ST", "46TH AVE", "IRVING ST")),
            new Neighborhood("RICHMOND", 37.7802, -122.4836, 800, "04105",
                    List.of("CLEMENT ST", "GEARY BLVD", "BALBOA ST", "25TH AVE")),
            new Neighborhood("BAYVIEW", 37.7298, -122.3920, 700, "04106",
                    List.of("3RD ST", "PALOU AVE", "OAKDALE AVE", "INGALLS ST")),
            new Neighborhood("MARINA", 37.8021, -122.4369, 400, "04107",
                    List.of("CHESTNUT ST", "LOMBARD ST", "FILLMORE ST", "BEACH ST")),
            new Neighborhood("HAIGHT-ASHBURY", 37.7692, -122.4481, 400, "04108",
                    List.of("HAIGHT ST", "ASHBURY ST", "MASONIC AVE", "PAGE ST")),
            new Neighborhood("EXCELSIOR", 37.7244, -122.4272, 600, "04109",
                    List.of("MISSION ST", "GENEVA AVE", "PERSIA AVE", "EXCELSIOR AVE")),
            new Neighborhood("CHINATOWN", 37.7941, -122.4078, 250, "04110",
                    List.of("GRANT AVE", "STOCKTON ST", "JACKSON ST", "WASHINGTON ST")));

    static final List<String> SURNAMES = List.of("DOE", "ROE", "GARCIA", "NGUYEN", "LEE", "WONG", "JOHNSON",
            "MARTINEZ", "CHEN", "BROWN", "DAVIS", "LOPEZ", "KIM", "PATEL", "OBRIEN", "SILVA");
    static final List<String> GIVEN_NAMES = List.of("JOHN", "JANE", "MARIA", "DAVID", "LINDA", "JAMES", "MEI",
            "CARLOS", "AISHA", "ROBERT", "SOFIA", "MICHAEL", "GRACE", "DANIEL", "ANA", "KEVIN");
    static final List<String> BUSINESSES = List.of("VALENCIA BAKERY", "FOLSOM STREET AUTO BODY",
            "SUNSET LAUNDROMAT", "GOLDEN MARKET INC", "BAYSIDE DENTAL GROUP", "CASTRO HARDWARE CO",
            "HILLTOP CAFE", "PACIFIC HEIGHTS CLEANERS", "MISSION TAQUERIA", "NORTH BEACH BOOKS");
    static final List<String> OFFICE_BUILDINGS = List.of("MARKET STREET TOWER", "EMBARCADERO OFFICE PARK",
            "MISSION BAY LABS", "CIVIC CENTER ANNEX");
    static final List<Carrier> WIRELESS = List.of(new Carrier("Verizon Wireless", "VZW"),
            new Carrier("AT&T Mobility", "ATTMO"), new Carrier("T-Mobile USA", "TMOB"));
    static final List<Carrier> VOIP = List.of(new Carrier("COMCAST DIGITAL VOICE", "CMCST"),
            new Carrier("VONAGE", "VONAG"));
    static final List<Carrier> WIRELINE = List.of(new Carrier("AT&T CALIFORNIA", "PACBL"),
            new Carrier("ASTOUND", "ASTND"));
    static final List<String> SECTORS = List.of("N", "NE", "E", "SE", "S", "SW", "W", "NW");

    private SanFrancisco() {
    }

    static <T> T pick(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    static String person(SplittableRandom random) {
        return pick(random, SURNAMES) + ", " + pick(random, GIVEN_NAMES);
    }

    /** A point within {@code radiusMeters} of the centre, uniform over the disc. */
    static double[] near(SplittableRandom random, double latitude, double longitude, double radiusMeters) {
        double distance = radiusMeters * Math.sqrt(random.nextDouble());
        double bearing = random.nextDouble() * 2 * Math.PI;
        double north = distance * Math.cos(bearing) / METERS_PER_DEGREE;
        double east = distance * Math.sin(bearing) / (METERS_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        return new double[] {latitude + north, longitude + east};
    }
}
