package org.vigil.cad.core.domain;

/**
 * Where something is: an address text, a position, or both. A missing coordinate is NaN, a missing
 * uncertainty is NaN, and an unknown confidence is 0.
 *
 * @param address            civic address or location text as received or verified, never null
 * @param latitude           WGS 84 degrees, NaN when unknown
 * @param longitude          WGS 84 degrees, NaN when unknown
 * @param uncertaintyMeters  radius of the uncertainty circle, NaN when unknown
 * @param confidencePercent  confidence that the caller is inside the uncertainty circle, 0 when unknown
 */
public record Location(String address, double latitude, double longitude, double uncertaintyMeters,
                       int confidencePercent) {

    public static final Location UNKNOWN = new Location("", Double.NaN, Double.NaN, Double.NaN, 0);

    public Location {
        address = address == null ? "" : address;
    }

    public static Location ofAddress(String address) {
        return new Location(address, Double.NaN, Double.NaN, Double.NaN, 0);
    }

    public static Location ofPoint(double latitude, double longitude) {
        return new Location("", latitude, longitude, Double.NaN, 0);
    }

    public boolean hasPosition() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }

    public boolean isKnown() {
        return hasPosition() || !address.isBlank();
    }

    /** Coordinates a dispatcher could be sent to: within WGS 84 ranges. */
    public boolean hasValidPosition() {
        return hasPosition() && latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
    }
}
