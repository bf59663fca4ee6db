package org.vigil.cad.telephony.pidf;

import java.util.Optional;
import java.util.StringJoiner;

/** The few xCard (RFC 6351) values a call-taker needs: the name, a telephone number and the address. */
final class VCard {
    private VCard() {
    }

    /** The formatted name (fn), else given and family name from n, else "". */
    static String name(XmlElement vcard) {
        String formatted = vcard.child("fn").map(fn -> fn.childText("text")).orElse("");
        if (!formatted.isEmpty()) {
            return formatted;
        }
        return vcard.child("n").map(n -> join(" ", n.childText("given"), n.childText("surname"))).orElse("");
    }

    /** The first tel value, as its URI or text. */
    static String firstTelephone(XmlElement vcard) {
        return vcard.child("tel").map(tel -> {
            String uri = tel.childText("uri");
            return uri.isEmpty() ? tel.childText("text") : uri;
        }).orElse("");
    }

    /** The first adr as one line: street, locality, region code, country. */
    static String firstAddress(XmlElement vcard) {
        Optional<XmlElement> adr = vcard.child("adr");
        if (adr.isEmpty()) {
            return "";
        }
        XmlElement a = adr.get();
        return join(", ", a.childText("street"), a.childText("locality"),
                join(" ", a.childText("region"), a.childText("code")), a.childText("country"));
    }

    private static String join(String separator, String... parts) {
        StringJoiner joiner = new StringJoiner(separator);
        for (String part : parts) {
            if (!part.isBlank()) {
                joiner.add(part);
            }
        }
        return joiner.toString();
    }
}
