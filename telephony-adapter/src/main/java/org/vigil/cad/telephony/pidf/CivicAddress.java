package org.vigil.cad.telephony.pidf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An RFC 5139 civic address, with the RFC 6848 extensions.
 *
 * @param language   the {@code xml:lang} of the address, "" if none
 * @param elements   the RFC 5139 elements (country, A1..A6, PRD, RD, STS, HNO, ...) and the registered RFC 6848
 *                   ones (MP, PN, STP, HNP, ...) by element name, in document order
 * @param extensions any other extension element, keyed "{namespace}localName", in document order
 */
public record CivicAddress(String language, Map<String, String> elements, Map<String, String> extensions) {

    public CivicAddress {
        language = language == null ? "" : language;
        elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public String element(String name) {
        return elements.getOrDefault(name, "");
    }

    /**
     * One line a call-taker reads and a geocoder takes: house number, street, further location, community,
     * state and postal code, e.g. "2106 E NEW YORK ST, AURORA, IL" or "123 Broadway, Suite 75, New York,
     * New York 10027-0401". Parts that are absent are left out; "" when nothing usable is present.
     */
    public String addressLine() {
        String number = words(element("HNP"), element("HNO"), element("HNS"));
        // RFC 4119 put the street in A6; RFC 5139 moved it to RD.
        String road = element("RD").isEmpty() ? element("A6") : element("RD");
        String street = words(element("PRM"), element("PRD"), element("STP"), road, element("STS"),
                element("POD"), element("POM"));
        String milepost = element("MP").isEmpty() ? "" : "MP " + element("MP");
        String community = element("A3").isEmpty() ? element("PCN") : element("A3");
        StringJoiner line = new StringJoiner(", ");
        addIfPresent(line, words(number, street, milepost));
        addIfPresent(line, element("LOC"));
        addIfPresent(line, community);
        addIfPresent(line, words(element("A1"), element("PC")));
        return line.toString();
    }

    private static String words(String... parts) {
        StringJoiner joined = new StringJoiner(" ");
        for (String part : parts) {
            if (!part.isBlank()) {
                joined.add(part.trim());
            }
        }
        return joined.toString();
    }

    private static void addIfPresent(StringJoiner joiner, String part) {
        if (!part.isBlank()) {
            joiner.add(part);
        }
    }
}
