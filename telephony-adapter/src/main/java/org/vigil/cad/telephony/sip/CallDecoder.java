package org.vigil.cad.telephony.sip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.telephony.InboundCall;
import org.vigil.cad.telephony.pidf.AdditionalData;
import org.vigil.cad.telephony.pidf.AdditionalDataParser;
import org.vigil.cad.telephony.pidf.CivicAddress;
import org.vigil.cad.telephony.pidf.PidfDocument;
import org.vigil.cad.telephony.pidf.PidfLoParser;
import org.vigil.cad.telephony.pidf.PidfLocation;

/**
 * Turns a SIP request that starts a call (INVITE, or MESSAGE for a text session) into an {@link InboundCall}:
 * caller identity, location from the PIDF-LO body part the Geolocation header points at (RFC 6442), RFC 7852
 * Additional Data by value, and every other useful header as a field. Works on partly read messages too;
 * it never throws, and lists what it could not decode as problems.
 */
final class CallDecoder {
    private static final Set<String> ADDITIONAL_DATA_TYPES = Set.of(
            "application/emergencycalldata.providerinfo+xml", "application/emergencycalldata.serviceinfo+xml",
            "application/emergencycalldata.deviceinfo+xml", "application/emergencycalldata.subscriberinfo+xml",
            "application/emergencycalldata.comment+xml");

    /**
     * @param call      the call to offer
     * @param malformed some of the input could not be read (as opposed to merely being absent)
     * @param sdpOffer  the SDP offer's bytes, null when there is none
     */
    record Decoded(InboundCall call, boolean malformed, byte[] sdpOffer) {
    }

    private CallDecoder() {
    }

    static Decoded decode(SipMessage message, CallSource source, String transport, List<String> framingProblems) {
        Work work = new Work(framingProblems);
        CallerIdentity caller = CallerIdentity.of(message);
        String emergencyCallId = headerFields(message, transport, work.fields);
        if (caller.ani().isEmpty()) {
            work.problems.add("no callback number in " + caller.header() + " '" + caller.uri() + "'");
        }
        SipBodyReader.Parts parts = SipBodyReader.read(message.headers().firstOrEmpty("Content-Type"),
                message.bodyView());
        work.malformed(parts.problems(), "");
        put(work.fields, "sip.bodyParts", String.join(", ", parts.parts().stream().map(BodyPart::mediaType).toList()));
        byte[] sdp = parts.parts().stream().filter(p -> p.mediaType().equals("application/sdp")).findFirst()
                .map(BodyPart::content).orElse(null);
        Location location = location(message, parts.parts(), work);
        AdditionalData additional = additionalData(parts.parts(), work).plus(work.providedBy);
        additional.fields().forEach(work.fields::putIfAbsent);
        work.malformed(additional.problems(), "Additional Data: ");
        String callerName = additional.subscriberName().isEmpty() ? caller.displayName()
                : additional.subscriberName();
        String rebidKey = emergencyCallId.isEmpty() ? message.callId() : emergencyCallId;
        InboundCall call = new InboundCall(source, caller.ani(), rebidKey, additional.classOfService(), callerName,
                location, work.fields, message.rawText(), work.problems);
        return new Decoded(call, work.malformed, sdp);
    }

    /** Accumulates fields and problems while one message is decoded. */
    private static final class Work {
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<String> problems;
        boolean malformed;
        AdditionalData providedBy = AdditionalData.EMPTY;

        Work(List<String> framingProblems) {
            problems = new ArrayList<>(framingProblems);
            malformed = !framingProblems.isEmpty();
        }

        void malformed(List<String> found, String prefix) {
            for (String problem : found) {
                problems.add(prefix + problem);
                malformed = true;
            }
        }
    }

    /** Copies the headers a call-taker or an investigator needs; returns the emergency call id, if any. */
    private static String headerFields(SipMessage message, String transport, Map<String, String> fields) {
        SipHeaders headers = message.headers();
        put(fields, "sip.callId", message.callId());
        put(fields, "sip.requestUri", message.requestUri());
        put(fields, "sip.from", headers.firstOrEmpty("From"));
        put(fields, "sip.pai", String.join(", ", headers.values("P-Asserted-Identity")));
        put(fields, "sip.transport", transport);
        String emergencyCallId = "";
        for (String info : headers.values("Call-Info")) {
            String uri = HeaderValues.uriOf(info);
            String purpose = HeaderValues.parameters(info, HeaderValues.parametersStart(info))
                    .getOrDefault("purpose", "");
            if (purpose.equalsIgnoreCase("emergency-CallId")) {
                emergencyCallId = uri;
                put(fields, "sip.emergencyCallId", uri);
            } else if (purpose.equalsIgnoreCase("emergency-IncidentId")) {
                put(fields, "sip.incidentId", uri);
            } else if (purpose.startsWith("EmergencyCallData.") && !isCid(uri)) {
                put(fields, "callInfo." + purpose, uri);
            }
        }
        put(fields, "sip.resourcePriority", headers.firstOrEmpty("Resource-Priority"));
        put(fields, "sip.geolocation", String.join(", ", headers.values("Geolocation")));
        put(fields, "sip.geolocationRouting", headers.firstOrEmpty("Geolocation-Routing"));
        return emergencyCallId;
    }

    private static Location location(SipMessage message, List<BodyPart> parts, Work work) {
        List<BodyPart> pidfParts = parts.stream().filter(p -> p.mediaType().equals("application/pidf+xml")).toList();
        List<String> cids = new ArrayList<>();
        for (String value : message.headers().values("Geolocation")) {
            String uri = HeaderValues.uriOf(value);
            if (isCid(uri)) {
                cids.add(uri.substring(4));
            } else if (!uri.isEmpty()) {
                work.problems.add("location by reference was not dereferenced: " + uri);
            }
        }
        List<BodyPart> chosen = pidfParts;
        if (!cids.isEmpty()) {
            chosen = pidfParts.stream().filter(p -> cids.stream().anyMatch(c -> c.equalsIgnoreCase(p.contentId())))
                    .toList();
            if (chosen.isEmpty() && !pidfParts.isEmpty()) {
                work.problems.add("Geolocation names cid:" + cids.get(0)
                        + " but no body part has that Content-ID; the PIDF-LO part(s) present were used");
                chosen = pidfParts;
            }
        }
        Location best = Location.UNKNOWN;
        for (BodyPart part : chosen) {
            PidfDocument document = PidfLoParser.parse(part.content());
            work.malformed(document.problems(), "PIDF-LO: ");
            Location location = document.bestLocation();
            if (!best.isKnown() && location.isKnown()) {
                best = location;
                locationFields(document, work);
            }
        }
        if (!best.isKnown()) {
            work.problems.add("no location by value in the message: location unknown");
        }
        return best;
    }

    private static void locationFields(PidfDocument document, Work work) {
        Map<String, String> fields = work.fields;
        put(fields, "location.entity", document.entity());
        document.primary().ifPresent(primary -> {
            put(fields, "location.element", primary.element());
            primary.shape().ifPresent(s -> put(fields, "location.shape", s.type().elementName()));
            put(fields, "location.method", primary.method());
            put(fields, "location.timestamp", primary.timestamp());
            put(fields, "location.deviceId", primary.deviceId());
            primary.confidence().ifPresent(c -> {
                put(fields, "location.confidence", stripZeros(c.percent()));
                put(fields, "location.confidencePdf", c.pdf());
            });
            primary.dynamic().forEach((name, value) -> put(fields, "location.dynamic." + name, value));
        });
        document.locations().stream().flatMap(l -> l.civic().stream()).findFirst()
                .map(CivicAddress::elements).ifPresent(e -> e.forEach((name, value) -> put(fields, "civic." + name, value)));
        for (PidfLocation statement : document.locations()) {
            statement.providedBy().ifPresent(p -> {
                p.references().forEach(r -> put(fields, "location.providedBy." + r.purpose(), r.uri()));
                work.providedBy = work.providedBy.plus(p.byValue());
            });
        }
    }

    private static AdditionalData additionalData(List<BodyPart> parts, Work work) {
        AdditionalData merged = AdditionalData.EMPTY;
        for (BodyPart part : parts) {
            if (ADDITIONAL_DATA_TYPES.contains(part.mediaType().toLowerCase(Locale.ROOT))) {
                merged = merged.plus(AdditionalDataParser.parse(part.content()));
            }
        }
        return merged;
    }

    private static boolean isCid(String uri) {
        return uri.regionMatches(true, 0, "cid:", 0, 4);
    }

    private static String stripZeros(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isEmpty()) {
            fields.putIfAbsent(name, value);
        }
    }
}
