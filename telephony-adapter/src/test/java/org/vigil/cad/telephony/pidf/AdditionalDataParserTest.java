package org.vigil.cad.telephony.pidf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdditionalDataParserTest {

    @Test
    void serviceInfoGivesTheClassOfService() {
        AdditionalData data = parse("<svc:EmergencyCallData.ServiceInfo"
                + " xmlns:svc=\"urn:ietf:params:xml:ns:EmergencyCallData:ServiceInfo\">"
                + "<svc:ServiceEnvironment>Residence</svc:ServiceEnvironment><svc:ServiceType>wireless</svc:ServiceType>"
                + "<svc:ServiceType>VOIP</svc:ServiceType><svc:ServiceMobility>Mobile</svc:ServiceMobility>"
                + "</svc:EmergencyCallData.ServiceInfo>");
        assertEquals("WIRELESS", data.classOfService());
        assertEquals("wireless,VOIP", data.fields().get("service.type"));
        assertEquals("Residence", data.fields().get("service.environment"));
    }

    @Test
    void misspelledNamespacesAreStillRead() {
        // As the tamu ESRP sample sends it: a dot where RFC 7852 has a colon, and no xCard for the name.
        AdditionalData data = parse("<sub:EmergencyCallData.SubscriberInfo"
                + " xmlns:sub=\"urn:ietf:params:xml:ns:EmergencyCallData.SubscriberInfo\">"
                + "<sub:NameOfSubscriber><sub:Name>John Doe</sub:Name></sub:NameOfSubscriber>"
                + "</sub:EmergencyCallData.SubscriberInfo>");
        assertEquals("John Doe", data.subscriberName());
        assertTrue(data.problems().isEmpty(), data.problems()::toString);
    }

    @Test
    void subscriberNameFallsBackFromFormattedNameToGivenAndFamily() {
        AdditionalData data = parse("<EmergencyCallData.SubscriberInfo"
                + " xmlns=\"urn:ietf:params:xml:ns:EmergencyCallData:SubscriberInfo\" privacyRequested=\"true\">"
                + "<SubscriberData><vcard xmlns=\"urn:ietf:params:xml:ns:vcard-4.0\"><n><surname>Jones</surname>"
                + "<given>Bill</given></n></vcard></SubscriberData></EmergencyCallData.SubscriberInfo>");
        assertEquals("Bill Jones", data.subscriberName());
        assertEquals("true", data.fields().get("subscriber.privacyRequested"));
    }

    @Test
    void commentsAreJoined() {
        AdditionalData data = parse("<com:EmergencyCallData.Comment"
                + " xmlns:com=\"urn:ietf:params:xml:ns:EmergencyCallData:Comment\">"
                + "<com:Comment xml:lang=\"en\">Caller is deaf</com:Comment><com:Comment>Gate code 1234</com:Comment>"
                + "</com:EmergencyCallData.Comment>");
        assertEquals("Caller is deaf | Gate code 1234", data.fields().get("comment"));
    }

    @Test
    void brokenBlockKeepsWhatWasReadBeforeTheBreak() {
        AdditionalData data = parse("<dev:EmergencyCallData.DeviceInfo"
                + " xmlns:dev=\"urn:ietf:params:xml:ns:EmergencyCallData:DeviceInfo\">"
                + "<dev:DeviceMfgr>Nokia</dev:DeviceMfgr><dev:DeviceModelNr>Lum");
        assertEquals("Nokia", data.fields().get("device.manufacturer"));
        assertFalse(data.problems().isEmpty());
    }

    @Test
    void notABlockIsReported() {
        AdditionalData data = parse("<hello/>");
        assertEquals(List.of("not an Additional Data block: <hello>"), data.problems());
    }

    @Test
    void classOfServiceMapping() {
        assertEquals("WIRELESS", ClassOfService.fromServiceInfo("Business", List.of(), "Mobile"));
        assertEquals("VOIP", ClassOfService.fromServiceInfo("Residence", List.of(), "Nomadic"));
        assertEquals("VOIP", ClassOfService.fromServiceInfo("", List.of("VOIP"), "Fixed"));
        assertEquals("COIN", ClassOfService.fromServiceInfo("Business", List.of("coin"), "Fixed"));
        assertEquals("BUSN", ClassOfService.fromServiceInfo("Business", List.of("MLTS-hosted"), "Fixed"));
        assertEquals("RESD", ClassOfService.fromServiceInfo("Residence", List.of("POTS"), "Fixed"));
        assertEquals("", ClassOfService.fromServiceInfo("", List.of("POTS"), "Fixed"));
    }

    private static AdditionalData parse(String xml) {
        return AdditionalDataParser.parse(xml.getBytes(StandardCharsets.UTF_8));
    }
}
