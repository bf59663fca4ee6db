package org.vigil.cad.telephony.sip;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header fields of a SIP message in the order received. Names match case-insensitively and compact
 * forms (RFC 3261 section 7.3.3: i, f, t, v, m, l, c, ...) are stored under their full names.
 */
public final class SipHeaders {

    /** One header line, after unfolding. */
    public record Header(String name, String value) {
    }

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("i", "Call-ID"), Map.entry("call-id", "Call-ID"),
            Map.entry("f", "From"), Map.entry("from", "From"),
            Map.entry("t", "To"), Map.entry("to", "To"),
            Map.entry("v", "Via"), Map.entry("via", "Via"),
            Map.entry("m", "Contact"), Map.entry("contact", "Contact"),
            Map.entry("l", "Content-Length"), Map.entry("content-length", "Content-Length"),
            Map.entry("c", "Content-Type"), Map.entry("content-type", "Content-Type"),
            Map.entry("e", "Content-Encoding"), Map.entry("content-encoding", "Content-Encoding"),
            Map.entry("k", "Supported"), Map.entry("supported", "Supported"),
            Map.entry("s", "Subject"), Map.entry("subject", "Subject"),
            Map.entry("o", "Event"), Map.entry("r", "Refer-To"), Map.entry("b", "Referred-By"),
            Map.entry("u", "Allow-Events"), Map.entry("x", "Session-Expires"),
            Map.entry("a", "Accept-Contact"), Map.entry("j", "Reject-Contact"), Map.entry("d", "Request-Disposition"),
            Map.entry("y", "Identity"), Map.entry("n", "Identity-Info"),
            Map.entry("cseq", "CSeq"), Map.entry("max-forwards", "Max-Forwards"),
            Map.entry("p-asserted-identity", "P-Asserted-Identity"), Map.entry("call-info", "Call-Info"),
            Map.entry("geolocation", "Geolocation"), Map.entry("geolocation-routing", "Geolocation-Routing"),
            Map.entry("content-id", "Content-ID"), Map.entry("require", "Require"),
            Map.entry("resource-priority", "Resource-Priority"), Map.entry("record-route", "Record-Route"));

    private final List<Header> headers = new ArrayList<>();

    /** The full, conventionally capitalised name for a received name or compact form. */
    public static String canonicalName(String name) {
        String trimmed = name.trim();
        return CANONICAL.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
    }

    void add(String name, String value) {
        headers.add(new Header(canonicalName(name), value.trim()));
    }

    public List<Header> all() {
        return Collections.unmodifiableList(headers);
    }

    /** The value of the first line with this name. */
    public Optional<String> first(String name) {
        String wanted = canonicalName(name);
        for (Header header : headers) {
            if (header.name.equalsIgnoreCase(wanted)) {
                return Optional.of(header.value);
            }
        }
        return Optional.empty();
    }

    public String firstOrEmpty(String name) {
        return first(name).orElse("");
    }

    /** Every value with this name, comma-separated values split apart (commas in quotes or brackets kept). */
    public List<String> values(String name) {
        String wanted = canonicalName(name);
        List<String> values = new ArrayList<>();
        for (Header header : headers) {
            if (header.name.equalsIgnoreCase(wanted)) {
                values.addAll(HeaderValues.splitCommas(header.value));
            }
        }
        return values;
    }

    public boolean contains(String name) {
        return first(name).isPresent();
    }
}
