package org.vigil.cad.telephony.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.telephony.InboundCall;

/** The three tamu INVITEs decoded into calls: identity, location, class of service and Additional Data. */
class CallDecoderTest {

    private static CallDecoder.Decoded decode(byte[] raw) {
        SipParseResult parsed = SipMessageParser.parse(raw);
        assertTrue(parsed.ok(), parsed::error);
        return CallDecoder.decode(parsed.message(), CallSource.EMERGENCY_911, "UDP 127.0.0.1:5061", List.of());
    }

    @Test
    void esrpRequestWithComplexMultipart() {
        CallDecoder.Decoded decoded = decode(SipSamples.invite(SipSamples.ESRP, "esrp-1", "z9hG4bK-1"));
        InboundCall call = decoded.call();
        assertEquals(CallSource.EMERGENCY_911, call.source());
        assertEquals("12025551212", call.ani());
        assertEquals("urn:emergency:uid:callid:123ABCdefg123ABCdefg123ABCdefg12:test.com", call.rebidKey());
        assertEquals(50.6199, call.location().latitude(), 1e-9);
        assertEquals(26.2516, call.location().longitude(), 1e-9);
        assertEquals("John Doe", call.callerName());
        assertEquals("", call.classOfService());
        assertEquals("NG911 Test Provider Corp", call.fields().get("provider.name"));
        assertEquals("ng911-device-model", call.fields().get("device.model"));
        assertEquals("IMEI", call.fields().get("device.idType"));
        assertEquals("urn:emergency:uid:incidentid:123ABCdefg123ABCdefg123ABCdefg12:test.com",
                call.fields().get("sip.incidentId"));
        assertEquals("application/sdp, application/pidf+xml, application/emergencycalldata.providerinfo+xml, "
                + "application/emergencycalldata.deviceinfo+xml, application/emergencycalldata.subscriberinfo+xml, "
                + "application/emergencycalldata.control+xml, application/emergencycalldata.veds+xml",
                call.fields().get("sip.bodyParts"));
        assertEquals(List.of(), call.problems());
        assertFalse(decoded.malformed());
        assertTrue(new String(decoded.sdpOffer()).contains("m=audio 6000 RTP/AVP 0"));
    }

    @Test
    void ospRequestGivesBusinessClassOfService() {
        InboundCall call = decode(SipSamples.invite(SipSamples.OSP, "osp-1", "z9hG4bK-2")).call();
        assertEquals("BUSN", call.classOfService());
        assertEquals(40.71668300756087, call.location().latitude(), 1e-12);
        assertEquals(-73.99069756654683, call.location().longitude(), 1e-12);
        assertEquals("NG911 Test", call.callerName());
        assertEquals("osp-1", call.rebidKey());
        assertEquals("Business", call.fields().get("service.environment"));
        assertEquals("Fixed", call.fields().get("service.mobility"));
        assertEquals("Example VoIP Provider", call.fields().get("provider.name"));
        assertEquals("Hannes Tschofenig", call.fields().get("provider.contact"));
        assertEquals("device", call.fields().get("location.element"));
        assertEquals("Point", call.fields().get("location.shape"));
        assertEquals(List.of(), call.problems());
    }

    @Test
    void civicOnlyRequest() {
        InboundCall call = decode(SipSamples.invite(SipSamples.CIVIC, "civic-1", "z9hG4bK-3")).call();
        assertEquals("10 TEST Ave, Laurel, MD 1234", call.location().address());
        assertFalse(call.location().hasPosition());
        assertEquals("TEST", call.fields().get("civic.NAM"));
        assertEquals("Laurel", call.fields().get("civic.A3"));
        assertTrue(call.problems().isEmpty(), call.problems()::toString);
    }

    @Test
    void locationByReferenceOnlyIsUnknownWithTheReason() {
        byte[] raw = SipSamples.request("INVITE urn:service:sos SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-r", "From: <tel:+12025550111>;tag=1",
                "To: <urn:service:sos>", "Call-ID: ref-1", "CSeq: 1 INVITE",
                "Geolocation: <https://lis.example.com/loc/abc>", "Content-Type: application/sdp",
                "Content-Length: [len]", "", "v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-", "c=IN IP4 127.0.0.1", "t=0 0",
                "m=audio 6000 RTP/AVP 0", "");
        CallDecoder.Decoded decoded = decode(raw);
        InboundCall call = decoded.call();
        assertEquals("12025550111", call.ani());
        assertFalse(call.location().isKnown());
        assertEquals(List.of("location by reference was not dereferenced: https://lis.example.com/loc/abc",
                "no location by value in the message: location unknown"), call.problems());
        assertFalse(decoded.malformed(), "missing data is not malformed data");
    }

    @Test
    void brokenPidfStillGivesTheCallWithWhatWasRead() {
        String template = SipSamples.template(SipSamples.CIVIC).replace("</ca:civicAddress>", "</ca:civic>");
        CallDecoder.Decoded decoded = decode(SipSamples.fill(template, "broken-1", "z9hG4bK-b"));
        InboundCall call = decoded.call();
        assertTrue(decoded.malformed());
        assertEquals("12025551212", call.ani());
        assertTrue(call.problems().stream().anyMatch(p -> p.startsWith("PIDF-LO: XML not well formed")),
                call.problems()::toString);
        assertTrue(call.rawInput().contains("</ca:civic>"));
    }

    @Test
    void theExampleInTheReadmeDecodesAsItSays() {
        InboundCall call = decode(SipSamples.request("INVITE urn:service:sos SIP/2.0",
                "Via: SIP/2.0/UDP 10.1.2.3:5060;branch=z9hG4bK-1",
                "From: \"NG911 Test\" <sip:+12025551212@10.1.2.3:5060>;tag=1", "To: urn:service:sos",
                "Call-ID: 1-4711@10.1.2.3", "CSeq: 1 INVITE", "Contact: sip:+12025551212@10.1.2.3:5060",
                "Max-Forwards: 70", "Geolocation: <cid:2222@ng911.example.com>", "Geolocation-Routing: yes",
                "Call-Info: <cid:5555@ng911.example.com>;purpose=EmergencyCallData.ServiceInfo",
                "Content-Type: multipart/mixed; boundary=ng911-test", "Content-Length: [len]", "",
                "--ng911-test", "Content-Type: application/sdp", "", "v=0",
                "o=user1 53655765 2353687637 IN IP4 10.1.2.3", "s=-", "c=IN IP4 10.1.2.3", "t=0 0",
                "m=audio 6000 RTP/AVP 0", "",
                "--ng911-test", "Content-Type: application/pidf+xml", "Content-ID: <2222@ng911.example.com>", "",
                "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" xmlns:gp=\"urn:ietf:params:xml:ns:pidf:geopriv10\"",
                "  xmlns:gml=\"http://www.opengis.net/gml\" xmlns:gs=\"http://www.opengis.net/pidflo/1.0\"",
                "  xmlns:con=\"urn:ietf:params:xml:ns:geopriv:conf\" entity=\"pres:+12025551212@example.com\">",
                "  <tuple id=\"loc\"><status><gp:geopriv><gp:location-info>",
                "    <gs:Circle srsName=\"urn:ogc:def:crs:EPSG::4326\">",
                "      <gml:pos>40.716683 -73.990697</gml:pos>",
                "      <gs:radius uom=\"urn:ogc:def:uom:EPSG::9001\">30</gs:radius>",
                "    </gs:Circle>",
                "    <con:confidence pdf=\"normal\">90</con:confidence>",
                "  </gp:location-info><gp:method>GPS</gp:method></gp:geopriv></status></tuple>",
                "</presence>",
                "--ng911-test", "Content-Type: application/EmergencyCallData.ServiceInfo+xml",
                "Content-ID: <5555@ng911.example.com>", "",
                "<svc:EmergencyCallData.ServiceInfo xmlns:svc=\"urn:ietf:params:xml:ns:EmergencyCallData:ServiceInfo\">",
                "  <svc:ServiceEnvironment>Residence</svc:ServiceEnvironment>",
                "  <svc:ServiceType>wireless</svc:ServiceType>",
                "  <svc:ServiceMobility>Mobile</svc:ServiceMobility>",
                "</svc:EmergencyCallData.ServiceInfo>",
                "--ng911-test--", "")).call();
        assertEquals("12025551212", call.ani());
        assertEquals("WIRELESS", call.classOfService());
        assertEquals(40.716683, call.location().latitude(), 1e-9);
        assertEquals(-73.990697, call.location().longitude(), 1e-9);
        assertEquals(30, call.location().uncertaintyMeters(), 1e-9);
        assertEquals(90, call.location().confidencePercent());
        assertEquals("GPS", call.fields().get("location.method"));
        assertEquals("Mobile", call.fields().get("service.mobility"));
        assertEquals(List.of(), call.problems());
    }
}
