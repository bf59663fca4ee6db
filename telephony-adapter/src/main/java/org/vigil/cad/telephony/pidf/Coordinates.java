package org.vigil.cad.telephony.pidf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GML coordinate text: {@code gml:pos} ("lat lon [alt]"), {@code gml:posList} (a flat run of numbers
 * grouped by the dimension) and RFC 4119's {@code gml:coordinates}, which may be degrees:minutes:seconds
 * with a hemisphere letter ("37:46:30N 122:25:10W"). Latitude comes first, as EPSG 4326 and 4979 order it.
 */
final class Coordinates {
    private static final Pattern DMS = Pattern.compile(
            "([+-]?\\d+(?:\\.\\d+)?)(?::(\\d+(?:\\.\\d+)?))?(?::(\\d+(?:\\.\\d+)?))?([NSEWnsew])?");

    private Coordinates() {
    }

    /** One position from pos text; null (with a problem) when it is not two or three numbers. */
    static Position pos(String text, List<String> problems) {
        double[] numbers = numbers(text, problems);
        if (numbers == null || numbers.length < 2 || numbers.length > 3) {
            problems.add("position is not 'latitude longitude [altitude]': '" + text + "'");
            return null;
        }
        return new Position(numbers[0], numbers[1], numbers.length == 3 ? numbers[2] : Double.NaN);
    }

    /** Positions from posList text, {@code dimension} numbers each. */
    static List<Position> posList(String text, int dimension, List<String> problems) {
        List<Position> positions = new ArrayList<>();
        double[] numbers = numbers(text, problems);
        if (numbers == null) {
            return positions;
        }
        if (numbers.length % dimension != 0) {
            problems.add("posList has " + numbers.length + " numbers, not a multiple of dimension " + dimension);
        }
        for (int i = 0; i + dimension <= numbers.length; i += dimension) {
            positions.add(new Position(numbers[i], numbers[i + 1], dimension == 3 ? numbers[i + 2] : Double.NaN));
        }
        return positions;
    }

    /**
     * RFC 4119 coordinates: a latitude and a longitude, each decimal or D:M:S, optionally followed by a
     * hemisphere letter that decides which axis it is and its sign; commas separate like spaces.
     */
    static Position legacyCoordinates(String text, List<String> problems) {
        String[] tokens = text.trim().split("[\\s,]+");
        if (tokens.length < 2 || tokens.length > 3) {
            problems.add("coordinates are not 'latitude longitude': '" + text + "'");
            return null;
        }
        double latitude = Double.NaN;
        double longitude = Double.NaN;
        for (int i = 0; i < 2; i++) {
            Matcher m = DMS.matcher(tokens[i]);
            if (!m.matches()) {
                problems.add("coordinate is not decimal or D:M:S: '" + tokens[i] + "'");
                return null;
            }
            double degrees = Math.abs(Double.parseDouble(m.group(1)));
            double minutes = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
            double seconds = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
            double value = degrees + minutes / 60 + seconds / 3600;
            boolean negative = m.group(1).startsWith("-");
            String hemisphere = m.group(4) == null ? "" : m.group(4).toUpperCase();
            if (hemisphere.equals("S") || hemisphere.equals("W")) {
                negative = true;
            }
            value = negative ? -value : value;
            boolean isLongitude = hemisphere.equals("E") || hemisphere.equals("W")
                    || (hemisphere.isEmpty() && i == 1);
            if (isLongitude) {
                longitude = value;
            } else {
                latitude = value;
            }
        }
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            problems.add("coordinates give two values for the same axis: '" + text + "'");
            return null;
        }
        double altitude = tokens.length == 3 ? parseOrNaN(tokens[2]) : Double.NaN;
        return new Position(latitude, longitude, altitude);
    }

    private static double parseOrNaN(String token) {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double[] numbers(String text, List<String> problems) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return new double[0];
        }
        String[] tokens = trimmed.split("\\s+");
        double[] numbers = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            try {
                numbers[i] = Double.parseDouble(tokens[i]);
            } catch (NumberFormatException e) {
                problems.add("not a number in coordinates: '" + tokens[i] + "'");
                return null;
            }
        }
        return numbers;
    }
}
