package org.vigil.cad.telephony.pidf;

/**
 * Spherical-earth geometry, ample for uncertainty circles of metres to kilometres: the error against the
 * WGS 84 ellipsoid is well under one percent of the distances involved.
 */
final class Geodesy {
    /** IUGG mean earth radius. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private Geodesy() {
    }

    /** Great-circle distance by the haversine formula. */
    static double distanceMetres(Position a, Position b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The point reached from {@code start} going {@code metres} along {@code bearingDegrees} (clockwise from north). */
    static Position destination(Position start, double bearingDegrees, double metres) {
        double angular = metres / EARTH_RADIUS_METRES;
        double bearing = Math.toRadians(bearingDegrees);
        double lat1 = Math.toRadians(start.latitude());
        double lon1 = Math.toRadians(start.longitude());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular)
                + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
        double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
                Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
        double lon = Math.toDegrees(lon2);
        lon = ((lon + 540) % 360) - 180;
        return Position.of(Math.toDegrees(lat2), lon);
    }
}
