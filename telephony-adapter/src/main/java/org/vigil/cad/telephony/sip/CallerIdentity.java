package org.vigil.cad.telephony.sip;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who is calling: the callback number and display name from P-Asserted-Identity (the network's assertion,
 * a tel: URI preferred when both forms are given), else from From.
 *
 * @param ani         the user part of the URI as digits, "" when it is not a telephone number
 * @param displayName the display name, "" if none
 * @param uri         the URI the number was taken from
 * @param header      "P-Asserted-Identity" or "From"
 */
public record CallerIdentity(String ani, String displayName, String uri, String header) {
    private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9().\\- ]*[0-9][0-9().\\- ]*");

    public static CallerIdentity of(SipMessage message) {
        List<String> asserted = message.headers().values("P-Asserted-Identity");
        String chosen = asserted.stream().filter(v -> HeaderValues.uriOf(v).toLowerCase(Locale.ROOT)
                .startsWith("tel:")).findFirst().orElse(asserted.isEmpty() ? "" : asserted.get(0));
        String header = "P-Asserted-Identity";
        if (chosen.isEmpty()) {
            chosen = message.headers().firstOrEmpty("From");
            header = "From";
        }
        String uri = HeaderValues.uriOf(chosen);
        return new CallerIdentity(digitsOf(userPart(uri)), displayName(chosen), uri, header);
    }

    /** The user of sip:user@host or the number of tel:number, without URI parameters. */
    static String userPart(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("tel:")) {
            rest = uri.substring(4);
        } else if (lower.startsWith("sip:") || lower.startsWith("sips:")) {
            rest = uri.substring(uri.indexOf(':') + 1);
            int at = rest.indexOf('@');
            if (at < 0) {
                return "";
            }
            rest = rest.substring(0, at);
        } else {
            return "";
        }
        int cut = rest.length();
        for (char stop : new char[] {';', '?', ':'}) {
            int i = rest.indexOf(stop);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return rest.substring(0, cut);
    }

    /** Digits of a telephone-number user part; "" for a name such as "alice" or "sipp". */
    static String digitsOf(String user) {
        String decoded = user.replace("%20", " ");
        return TELEPHONE.matcher(decoded).matches() ? decoded.replaceAll("[^0-9]", "") : "";
    }

    private static String displayName(String nameAddr) {
        int open = nameAddr.indexOf('<');
        if (open <= 0) {
            return "";
        }
        return HeaderValues.unquote(nameAddr.substring(0, open).trim());
    }
}
