package org.vigil.cad.telephony.pidf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes RFC 7852 Additional Data blocks given by value, either as a whole document (a SIP body part) or as
 * elements inside a PIDF-LO provided-by. Blocks are recognised by their root element's local name, since
 * senders in the field misspell the namespaces ("EmergencyCallData.ProviderInfo" with a dot, "control" in
 * lower case). Never throws: unreadable input comes back as problems.
 */
public final class AdditionalDataParser {
    private static final String BLOCK_PREFIX = "EmergencyCallData.";

    private AdditionalDataParser() {
    }

    /** One block document, e.g. the body of an {@code application/EmergencyCallData.ServiceInfo+xml} part. */
    public static AdditionalData parse(byte[] xml) {
        LenientXml.Result parsed = LenientXml.parse(xml);
        List<String> problems = new ArrayList<>(parsed.problems());
        if (parsed.root() == null) {
            return new AdditionalData(Map.of(), "", "", problems);
        }
        AdditionalData block = fromBlock(parsed.root());
        return new AdditionalData(Map.of(), "", "", problems).plus(block);
    }

    /** The blocks of a provided-by EmergencyCallDataValue element. */
    static AdditionalData fromBlocks(List<XmlElement> blocks) {
        AdditionalData result = AdditionalData.EMPTY;
        for (XmlElement block : blocks) {
            result = result.plus(fromBlock(block));
        }
        return result;
    }

    static AdditionalData fromBlock(XmlElement block) {
        String name = block.localName();
        if (!name.startsWith(BLOCK_PREFIX)) {
            return new AdditionalData(Map.of(), "", "", List.of("not an Additional Data block: <" + name + ">"));
        }
        return switch (name.substring(BLOCK_PREFIX.length())) {
            case "ProviderInfo" -> providerInfo(block);
            case "ServiceInfo" -> serviceInfo(block);
            case "DeviceInfo" -> deviceInfo(block);
            case "SubscriberInfo" -> subscriberInfo(block);
            case "Comment" -> comment(block);
            default -> AdditionalData.EMPTY;
        };
    }

    private static AdditionalData providerInfo(XmlElement block) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "provider.reference", block.childText("DataProviderReference"));
        put(fields, "provider.name", block.childText("DataProviderString"));
        put(fields, "provider.id", block.childText("ProviderID"));
        put(fields, "provider.idSeries", block.childText("ProviderIDSeries"));
        put(fields, "provider.type", block.childText("TypeOfProvider"));
        put(fields, "provider.contactUri", block.childText("ContactURI"));
        put(fields, "provider.language", joinTexts(block.children("Language"), ", "));
        block.child("DataProviderContact").flatMap(c -> c.descendant("vcard"))
                .ifPresent(vcard -> put(fields, "provider.contact", VCard.name(vcard)));
        return new AdditionalData(fields, "", "", List.of());
    }

    private static AdditionalData serviceInfo(XmlElement block) {
        Map<String, String> fields = new LinkedHashMap<>();
        String environment = block.childText("ServiceEnvironment");
        List<String> types = block.children("ServiceType").stream().map(XmlElement::text)
                .filter(t -> !t.isEmpty()).toList();
        String mobility = block.childText("ServiceMobility");
        put(fields, "service.reference", block.childText("DataProviderReference"));
        put(fields, "service.environment", environment);
        put(fields, "service.type", String.join(",", types));
        put(fields, "service.mobility", mobility);
        String classOfService = ClassOfService.fromServiceInfo(environment, types, mobility);
        put(fields, "service.classOfService", classOfService);
        return new AdditionalData(fields, classOfService, "", List.of());
    }

    private static AdditionalData deviceInfo(XmlElement block) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "device.reference", block.childText("DataProviderReference"));
        put(fields, "device.classification", block.childText("DeviceClassification"));
        put(fields, "device.manufacturer", block.childText("DeviceMfgr"));
        put(fields, "device.model", block.childText("DeviceModelNr"));
        Optional<XmlElement> id = block.child("UniqueDeviceID");
        id.ifPresent(e -> {
            put(fields, "device.id", e.text());
            put(fields, "device.idType", e.attribute("TypeOfDeviceID").orElse(""));
        });
        return new AdditionalData(fields, "", "", List.of());
    }

    private static AdditionalData subscriberInfo(XmlElement block) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "subscriber.reference", block.childText("DataProviderReference"));
        put(fields, "subscriber.privacyRequested", block.attribute("privacyRequested").orElse(""));
        Optional<XmlElement> vcard = block.descendant("vcard");
        String name = vcard.map(VCard::name).orElse("");
        if (name.isEmpty()) {
            // Seen in the field: a non-standard NameOfSubscriber/Name instead of an xCard.
            name = block.descendant("Name").map(XmlElement::text).orElse("");
        }
        put(fields, "subscriber.name", name);
        vcard.ifPresent(v -> {
            put(fields, "subscriber.telephone", VCard.firstTelephone(v));
            put(fields, "subscriber.address", VCard.firstAddress(v));
        });
        return new AdditionalData(fields, "", name, List.of());
    }

    private static AdditionalData comment(XmlElement block) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "comment.reference", block.childText("DataProviderReference"));
        put(fields, "comment", joinTexts(block.children("Comment"), " | "));
        return new AdditionalData(fields, "", "", List.of());
    }

    private static String joinTexts(List<XmlElement> elements, String separator) {
        return String.join(separator, elements.stream().map(XmlElement::text).filter(t -> !t.isEmpty()).toList());
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isEmpty()) {
            fields.putIfAbsent(name, value);
        }
    }
}
