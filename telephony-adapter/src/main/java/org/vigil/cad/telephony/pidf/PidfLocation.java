package org.vigil.cad.telephony.pidf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.vigil.cad.core.domain.Location;

/**
 * One location statement of a PIDF-LO: the geopriv of one tuple, device or person element.
 *
 * @param element    "tuple", "device" or "person"
 * @param id         the element's id attribute, "" if none
 * @param shape      the geodetic shape, if one was given
 * @param civic      the civic address, if one was given
 * @param confidence the RFC 7459 confidence, if one was given
 * @param method     how the location was determined (gp:method), "" if not given
 * @param timestamp  the tuple's or device's timestamp as written, "" if none
 * @param deviceId   dm:deviceID, "" if none
 * @param dynamic    RFC 5962 dynamic fields (speed, heading, orientation, direction) as written
 * @param providedBy the RFC 7852 provided-by content, if any
 */
public record PidfLocation(String element, String id, Optional<GeoShape> shape, Optional<CivicAddress> civic,
                           Optional<Confidence> confidence, String method, String timestamp, String deviceId,
                           Map<String, String> dynamic, Optional<ProvidedBy> providedBy) {

    /**
     * Confidence put on the core location when a shape comes without one. RFC 5491 and RFC 7459 speak of
     * 95% as the customary level, but the text of RFC 7459 that would make it the default when the element
     * is absent could not be checked here, so an absent confidence stays unknown (0).
     */
    static final int CONFIDENCE_WHEN_ABSENT = 0;

    public PidfLocation {
        dynamic = Collections.unmodifiableMap(new LinkedHashMap<>(dynamic));
    }

    /** The location reduced to the core model: the shape's reduction and the civic address line. */
    public Location toLocation() {
        String address = civic.map(CivicAddress::addressLine).orElse("");
        if (shape.isEmpty()) {
            return Location.ofAddress(address);
        }
        ShapeReduction.Circle circle = shape.get().reduce();
        int percent = confidence.map(c -> (int) Math.floor(c.percent())).orElse(CONFIDENCE_WHEN_ABSENT);
        return new Location(address, circle.centre().latitude(), circle.centre().longitude(),
                circle.radiusMetres(), percent);
    }
}
