package org.vigil.cad.telephony.pidf;

/** The XML namespaces of PIDF-LO and its extensions, as the RFCs name them. */
final class Namespaces {
    static final String PIDF = "urn:ietf:params:xml:ns:pidf";
    static final String DATA_MODEL = "urn:ietf:params:xml:ns:pidf:data-model";
    static final String GEOPRIV = "urn:ietf:params:xml:ns:pidf:geopriv10";
    static final String GML = "http://www.opengis.net/gml";
    /** RFC 4119's original GML namespace, still seen in its examples. */
    static final String GML_RFC4119 = "urn:opengis:specification:gml:schema-xsd:feature:v3.0";
    static final String GEOSHAPE = "http://www.opengis.net/pidflo/1.0";
    static final String CIVIC_ADDR = "urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr";
    /** RFC 4119's civic namespace, which RFC 5139 replaced. */
    static final String CIVIC_LOC = "urn:ietf:params:xml:ns:pidf:geopriv10:civicLoc";
    static final String CIVIC_EXT = "urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr:ext";
    static final String CONFIDENCE = "urn:ietf:params:xml:ns:geopriv:conf";
    static final String DYNAMIC = "urn:ietf:params:xml:ns:pidf:geopriv10:dynamic";
    static final String EMERGENCY_CALL_DATA = "urn:ietf:params:xml:ns:EmergencyCallData";

    private Namespaces() {
    }

    static boolean isGml(String namespace) {
        return GML.equals(namespace) || GML_RFC4119.equals(namespace) || GEOSHAPE.equals(namespace);
    }

    static boolean isCivic(String namespace) {
        return CIVIC_ADDR.equals(namespace) || CIVIC_LOC.equals(namespace);
    }
}
