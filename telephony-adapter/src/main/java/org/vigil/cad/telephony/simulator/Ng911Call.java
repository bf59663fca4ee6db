package org.vigil.cad.telephony.simulator;

import java.util.Objects;
import java.util.regex.Pattern;
import org.vigil.cad.telephony.pidf.ClassOfService;

/**
 * What an NG9-1-1 INVITE says about a caller, before it is written as SIP.
 *
 * @param id                 unique per call: the Call-ID, From tag, branch and emergency call id are made from it
 * @param callbackNumber     ten digits (North American), written as +1 in tel: and sip: URIs
 * @param callerName         the display name, "" for none
 * @param classOfService     what ServiceInfo must say: {@link ClassOfService#WIRELESS}, VOIP, COIN, BUSN or RESD
 * @param latitude           WGS 84 degrees
 * @param longitude          WGS 84 degrees
 * @param uncertaintyMeters  the radius of a Circle; NaN writes a Point
 * @param confidencePercent  the location's confidence, 1..100; 0 writes none
 * @param method             how the location was found (GPS, Cell, Wiremap, Manual, ...)
 */
public record Ng911Call(String id, String callbackNumber, String callerName, String classOfService, double latitude,
                        double longitude, double uncertaintyMeters, int confidencePercent, String method) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9.-]+");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    public Ng911Call {
        Objects.requireNonNull(callerName, "callerName");
        Objects.requireNonNull(method, "method");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("the id goes into SIP tokens: letters, digits, '.' and '-': " + id);
        }
        if (callbackNumber == null || !TEN_DIGITS.matcher(callbackNumber).matches()) {
            throw new IllegalArgumentException("the callback number must be ten digits: " + callbackNumber);
        }
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw new IllegalArgumentException("not a position: " + latitude + ", " + longitude);
        }
        if (!Double.isNaN(uncertaintyMeters) && !(uncertaintyMeters > 0)) {
            throw new IllegalArgumentException("a Circle's radius is positive (NaN for a Point): " + uncertaintyMeters);
        }
        if (confidencePercent < 0 || confidencePercent > 100) {
            throw new IllegalArgumentException("confidence is a percentage: " + confidencePercent);
        }
        if (callerName.indexOf('"') >= 0 || callerName.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("the caller name is a quoted display name: " + callerName);
        }
    }
}
