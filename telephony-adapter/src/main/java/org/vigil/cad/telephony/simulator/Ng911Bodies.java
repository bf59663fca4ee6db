package org.vigil.cad.telephony.simulator;

import java.util.Locale;
import org.vigil.cad.telephony.pidf.ClassOfService;

/**
 * The parts of an NG9-1-1 INVITE's body: the SDP offer, the PIDF-LO location by value (RFC 4119/5491: a gml
 * Point, or a Circle with its radius, and an RFC 7459 confidence) and the RFC 7852 ServiceInfo block that gives
 * the class of service. Lines end in CRLF, as SIP's do.
 */
final class Ng911Bodies {
    private static final String CRLF = "\r\n";
    private static final int MEDIA_PORT = 6000;

    private Ng911Bodies() {
    }

    static String sdp(String host, long sessionId) {
        String addressType = host.contains(":") ? "IP6" : "IP4";
        return "v=0" + CRLF
                + "o=- " + sessionId + " " + sessionId + " IN " + addressType + " " + host + CRLF
                + "s=-" + CRLF
                + "c=IN " + addressType + " " + host + CRLF
                + "t=0 0" + CRLF
                + "m=audio " + MEDIA_PORT + " RTP/AVP 0" + CRLF
                + "a=rtpmap:0 PCMU/8000" + CRLF
                + "a=sendrecv" + CRLF;
    }

    static String pidfLo(Ng911Call call, String entity) {
        String position = String.format(Locale.ROOT, "%.6f %.6f", call.latitude(), call.longitude());
        StringBuilder xml = new StringBuilder(1024)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(CRLF)
                .append("<presence xmlns=\"urn:ietf:params:xml:ns:pidf\"").append(CRLF)
                .append("    xmlns:dm=\"urn:ietf:params:xml:ns:pidf:data-model\"").append(CRLF)
                .append("    xmlns:gp=\"urn:ietf:params:xml:ns:pidf:geopriv10\"").append(CRLF)
                .append("    xmlns:gml=\"http://www.opengis.net/gml\"").append(CRLF)
                .append("    xmlns:gs=\"http://www.opengis.net/pidflo/1.0\"").append(CRLF)
                .append("    xmlns:con=\"urn:ietf:params:xml:ns:geopriv:conf\"").append(CRLF)
                .append("    entity=\"").append(entity).append("\">").append(CRLF)
                .append("  <dm:device id=\"caller\">").append(CRLF)
                .append("    <gp:geopriv>").append(CRLF)
                .append("      <gp:location-info>").append(CRLF);
        if (Double.isNaN(call.uncertaintyMeters())) {
            xml.append("        <gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\">").append(CRLF)
                    .append("          <gml:pos>").append(position).append("</gml:pos>").append(CRLF)
                    .append("        </gml:Point>").append(CRLF);
        } else {
            xml.append("        <gs:Circle srsName=\"urn:ogc:def:crs:EPSG::4326\">").append(CRLF)
                    .append("          <gml:pos>").append(position).append("</gml:pos>").append(CRLF)
                    .append("          <gs:radius uom=\"urn:ogc:def:uom:EPSG::9001\">")
                    .append(String.format(Locale.ROOT, "%.1f", call.uncertaintyMeters()))
                    .append("</gs:radius>").append(CRLF)
                    .append("        </gs:Circle>").append(CRLF);
        }
        if (call.confidencePercent() > 0) {
            xml.append("        <con:confidence pdf=\"normal\">").append(call.confidencePercent())
                    .append("</con:confidence>").append(CRLF);
        }
        return xml.append("      </gp:location-info>").append(CRLF)
                .append("      <gp:usage-rules/>").append(CRLF)
                .append("      <gp:method>").append(call.method()).append("</gp:method>").append(CRLF)
                .append("    </gp:geopriv>").append(CRLF)
                .append("  </dm:device>").append(CRLF)
                .append("</presence>").append(CRLF)
                .toString();
    }

    /** The ServiceInfo that Vigil's {@link ClassOfService} mapping reads back as {@code classOfService}. */
    static String serviceInfo(String classOfService) {
        String[] service = switch (classOfService) {
            case ClassOfService.WIRELESS -> new String[] {"Residence", "wireless", "Mobile"};
            case ClassOfService.VOIP -> new String[] {"Residence", "VOIP", "Nomadic"};
            case ClassOfService.COIN -> new String[] {"Business", "coin", "Fixed"};
            case ClassOfService.BUSINESS -> new String[] {"Business", "POTS", "Fixed"};
            case ClassOfService.RESIDENCE -> new String[] {"Residence", "POTS", "Fixed"};
            default -> throw new IllegalArgumentException("no ServiceInfo says class of service '" + classOfService
                    + "'; Vigil reads WIRELESS, VOIP, COIN, BUSN and RESD from it");
        };
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + CRLF
                + "<svc:EmergencyCallData.ServiceInfo" + CRLF
                + "    xmlns:svc=\"urn:ietf:params:xml:ns:EmergencyCallData:ServiceInfo\">" + CRLF
                + "  <svc:ServiceEnvironment>" + service[0] + "</svc:ServiceEnvironment>" + CRLF
                + "  <svc:ServiceType>" + service[1] + "</svc:ServiceType>" + CRLF
                + "  <svc:ServiceMobility>" + service[2] + "</svc:ServiceMobility>" + CRLF
                + "</svc:EmergencyCallData.ServiceInfo>" + CRLF;
    }
}
