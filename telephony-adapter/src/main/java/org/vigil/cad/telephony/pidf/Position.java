package org.vigil.cad.telephony.pidf;

/**
 * One coordinate tuple as the document gave it, in WGS 84 (EPSG 4326 / 4979) axis order.
 *
 * @param latitude  degrees
 * @param longitude degrees
 * @param altitude  metres, NaN for a two-dimensional position
 */
public record Position(double latitude, double longitude, double altitude) {

    public static Position of(double latitude, double longitude) {
        return new Position(latitude, longitude, Double.NaN);
    }

    public boolean inRange() {
        return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
    }
}
