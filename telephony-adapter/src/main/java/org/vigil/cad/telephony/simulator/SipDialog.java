package org.vigil.cad.telephony.simulator;

import org.vigil.cad.telephony.sip.SipMessage;

/**
 * An INVITE dialog once the answer names it: the answerer's To tag, and the remote target its Contact gives
 * (requests inside the dialog go there).
 */
public record SipDialog(SipInvite invite, String toTag, String remoteTarget) {

    /** The dialog a 200 OK (or any response carrying a To tag) to {@code invite} sets up. */
    public static SipDialog of(SipInvite invite, SipMessage response) {
        String contact = response.headers().firstOrEmpty("Contact");
        return new SipDialog(invite, response.toTag(), contact.isEmpty() ? invite.requestUri() : uriOf(contact));
    }

    /** The URI of a name-addr ({@code "x" <sip:a@b>;p=1}) or an addr-spec ({@code sip:a@b;p=1}). */
    static String uriOf(String nameAddr) {
        int open = nameAddr.indexOf('<');
        int close = nameAddr.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            return nameAddr.substring(open + 1, close).trim();
        }
        int semicolon = nameAddr.indexOf(';');
        return (semicolon < 0 ? nameAddr : nameAddr.substring(0, semicolon)).trim();
    }
}
