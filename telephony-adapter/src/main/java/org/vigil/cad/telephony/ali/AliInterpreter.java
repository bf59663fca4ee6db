package org.vigil.cad.telephony.ali;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.telephony.InboundCall;

/**
 * Turns named ALI fields into a call: the class of service decides what the location means and what
 * identifies a rebid; numbers are checked, and whatever cannot be read becomes a problem, never an
 * exception. Field names it understands are listed in docs/telephony.md; every other field is passed on.
 */
final class AliInterpreter {
    /** A North American number: area code and exchange never start with 0 or 1. */
    private static final Pattern NANP_NUMBER = Pattern.compile("[2-9]\\d{2}[2-9]\\d{6}");
    /** Any such number, written plainly or as (NPA) NXX-XXXX, optionally after a 2-digit prefix. */
    private static final Pattern ANY_PHONE_NUMBER = Pattern.compile(
            "(?<!\\d)(?:\\d{2})?(\\(?[2-9]\\d{2}\\)?[-. ]?[2-9]\\d{2}[-. ]?\\d{4})(?!\\d)");
    private static final Pattern DEGREES = Pattern.compile("[+-]?\\d{1,3}(?:\\.\\d+)?");
    private static final Pattern METERS = Pattern.compile("\\+?\\d{1,10}(?:\\.\\d+)?");
    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}");

    private final ClassOfServiceTable classes;

    AliInterpreter(ClassOfServiceTable classes) {
        this.classes = classes;
    }

    InboundCall interpret(DecodedAli decoded, String raw) {
        Map<String, String> fields = new LinkedHashMap<>(decoded.fields());
        List<String> problems = new ArrayList<>(decoded.problems());
        String ani = callbackNumber(fields.remove("ani"), raw, decoded, problems);
        String classOfService = orEmpty(fields.remove("classOfService"));
        String callerName = orEmpty(fields.remove("callerName"));
        LocationKind kind = kindOf(classOfService, decoded.wholeRecord(), problems);
        Location location = location(fields, decoded, problems);
        if (decoded.wholeRecord() && !location.isKnown()) {
            problems.add("no location in the record");
        }
        String rebidKey = rebidKey(kind, ani, classOfService, fields, decoded, problems);
        fields.put("locationKind", kind.name());
        return new InboundCall(CallSource.EMERGENCY_911, ani, rebidKey, classOfService, callerName, location,
                fields, raw, problems);
    }

    /** Digits only; a record whose own field is unreadable still yields any 10-digit number in its text. */
    private static String callbackNumber(String value, String raw, DecodedAli decoded, List<String> problems) {
        String digits = digitsOf(value);
        if (isPhoneNumber(digits)) {
            return digits;
        }
        boolean hadValue = value != null && !value.isEmpty();
        if (hadValue) {
            problems.add(decoded.displayName("ani") + " is not a 10-digit callback number: '" + value + "'");
        }
        if (!hadValue && !decoded.wholeRecord()) {
            return "";
        }
        String found = anyPhoneNumber(raw);
        if (found.isEmpty()) {
            problems.add("no callback number (ANI) found");
        } else {
            problems.add("callback number " + found + " taken from elsewhere in the text");
        }
        return found;
    }

    static boolean isPhoneNumber(String digits) {
        return NANP_NUMBER.matcher(digits).matches();
    }

    static String anyPhoneNumber(String text) {
        Matcher number = ANY_PHONE_NUMBER.matcher(text);
        return number.find() ? digitsOf(number.group(1)) : "";
    }

    private LocationKind kindOf(String classOfService, boolean wholeRecord, List<String> problems) {
        if (classOfService.isEmpty()) {
            if (wholeRecord) {
                problems.add("no class of service");
            }
            return LocationKind.UNKNOWN;
        }
        LocationKind kind = classes.kindOf(classOfService);
        if (kind == null) {
            problems.add("unknown class of service '" + classOfService + "'");
            return LocationKind.UNKNOWN;
        }
        return kind;
    }

    /** The same reading for every class: the kind says what it means (tower, estimate, address). */
    private static Location location(Map<String, String> fields, DecodedAli decoded, List<String> problems) {
        Coordinate latitude = Coordinate.read(fields.get("latitude"), 90, decoded.displayName("latitude"), problems);
        Coordinate longitude = Coordinate.read(fields.get("longitude"), 180, decoded.displayName("longitude"),
                problems);
        double lat = latitude.degrees();
        double lon = longitude.degrees();
        if (latitude.blank() != longitude.blank()) {
            problems.add(latitude.blank()
                    ? decoded.displayName("longitude") + " without " + decoded.displayName("latitude")
                    : decoded.displayName("latitude") + " without " + decoded.displayName("longitude"));
        }
        if (Double.isNaN(lat) || Double.isNaN(lon)) {
            lat = Double.NaN;
            lon = Double.NaN;
        } else if (lat == 0 && lon == 0) {
            problems.add(decoded.displayName("latitude") + "/" + decoded.displayName("longitude")
                    + " 0/0 is no position");
            lat = Double.NaN;
            lon = Double.NaN;
        }
        double uncertainty = meters(fields.get("uncertainty"), decoded.displayName("uncertainty"), problems);
        int confidence = percent(fields.get("confidence"), decoded.displayName("confidence"), problems);
        return new Location(address(fields), lat, lon, uncertainty, confidence);
    }

    /** A radius in metres; 0 is read as "not given", since no location is exact. */
    private static double meters(String value, String name, List<String> problems) {
        if (value == null) {
            return Double.NaN;
        }
        if (!METERS.matcher(value).matches()) {
            problems.add(name + " not a number: '" + value + "'");
            return Double.NaN;
        }
        double meters = Double.parseDouble(value);
        return meters == 0 ? Double.NaN : meters;
    }

    private static int percent(String value, String name, List<String> problems) {
        if (value == null) {
            return 0;
        }
        if (!PERCENT.matcher(value).matches() || Integer.parseInt(value) > 100) {
            problems.add(name + " not a percentage: '" + value + "'");
            return 0;
        }
        return Integer.parseInt(value);
    }

    /** "1234 STATE ROUTE 3, FLR 1, ELLISBURG, NY"; a house number of only zeros is a placeholder. */
    static String address(Map<String, String> fields) {
        String houseNumber = fields.getOrDefault("houseNumber", "");
        if (houseNumber.chars().allMatch(c -> c == '0')) {
            houseNumber = "";
        }
        String civic = fields.containsKey("address") ? fields.get("address")
                : joined(" ", houseNumber, fields.get("houseNumberSuffix"), fields.get("street"));
        return joined(", ", civic, fields.get("locationText"), fields.get("community"), fields.get("state"));
    }

    private static String rebidKey(LocationKind kind, String ani, String classOfService, Map<String, String> fields,
                                   DecodedAli decoded, List<String> problems) {
        if (!kind.keyedByPani()) {
            return ani;
        }
        String pani = digitsOf(fields.get("pani"));
        if (isPhoneNumber(pani)) {
            return pani;
        }
        if (decoded.wholeRecord()) {
            problems.add("no 10-digit pANI/ESRK (" + decoded.displayName("pani") + ") on a " + classOfService
                    + " call: rebids are matched by the callback number");
        }
        return ani;
    }

    static String digitsOf(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String joined(String separator, String... parts) {
        StringJoiner joined = new StringJoiner(separator);
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.add(part.strip());
            }
        }
        return joined.toString();
    }

    /** A latitude or longitude as read: NaN when blank or unreadable, with the reason noted. */
    private record Coordinate(double degrees, boolean blank) {
        static Coordinate read(String value, double limit, String name, List<String> problems) {
            if (value == null) {
                return new Coordinate(Double.NaN, true);
            }
            if (!DEGREES.matcher(value).matches()) {
                problems.add(name + " not a number: '" + value + "'");
                return new Coordinate(Double.NaN, false);
            }
            double degrees = Double.parseDouble(value);
            if (Math.abs(degrees) > limit) {
                problems.add(name + " out of range: '" + value + "'");
                return new Coordinate(Double.NaN, false);
            }
            return new Coordinate(degrees, false);
        }
    }
}
