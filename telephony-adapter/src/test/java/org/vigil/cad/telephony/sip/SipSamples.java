package org.vigil.cad.telephony.sip;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tamu ng911-dev INVITEs with their SIPp placeholders filled in as SIPp would (CRLF line ends, [len] the
 * body length), plus small hand-made requests for the other methods.
 */
final class SipSamples {
    static final String ESRP = "SIP_INVITE_from_ESRP_with_complex_multipart_mixed_SDP_PIDFLO_AddData_NGAACN";
    static final String OSP = "SIP_INVITE_from_OSP_with_SDP_PIDF-LO_NG-AACS";
    static final String CIVIC = "SIP_INVITE_location_PIDF-LO";

    private SipSamples() {
    }

    static String template(String name) {
        try {
            Path file = Path.of(SipSamples.class.getResource("/sip/tamu-ng911-dev/" + name + ".sip.txt").toURI());
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("sample " + name + " missing", e);
        }
    }

    /** A tamu INVITE ready to send, for the given Call-ID and Via branch. */
    static byte[] invite(String name, String callId, String branch) {
        return fill(template(name), callId, branch);
    }

    static byte[] fill(String template, String callId, String branch) {
        String text = template.replace("\r\n", "\n")
                .replace("[transport]", "UDP")
                .replace("[local_ip]", "127.0.0.1")
                .replace("[local_port]", "5061")
                .replace("[call_number]", "1")
                .replace("[call_id]", callId)
                .replace("[branch]", branch)
                .replace("[local_ip_type]", "4")
                .replace("[media_ip_type]", "4")
                .replace("[media_ip]", "127.0.0.1")
                .replace("[media_port]", "6000")
                .replace("\n", "\r\n");
        int bodyStart = text.indexOf("\r\n\r\n") + 4;
        int length = text.substring(bodyStart).getBytes(StandardCharsets.UTF_8).length;
        return text.replace("[len]", Integer.toString(length)).getBytes(StandardCharsets.UTF_8);
    }

    /** A request built from lines joined with CRLF; "[len]" in it becomes the body length. */
    static byte[] request(String... lines) {
        return fill(String.join("\r\n", lines), "unused", "unused");
    }

    static byte[] bye(String callId, String toTag, String branch) {
        return request("BYE sip:vigil@127.0.0.1:5060 SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=" + branch,
                "From: \"NG911 Test\" <sip:+12025551212@127.0.0.1:5061>;tag=1",
                "To: <urn:service:sos>;tag=" + toTag,
                "Call-ID: " + callId,
                "CSeq: 2 BYE",
                "Max-Forwards: 70",
                "Content-Length: 0", "", "");
    }

    static byte[] ack(String callId, String toTag, String branch) {
        return request("ACK sip:vigil@127.0.0.1:5060 SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=" + branch,
                "From: \"NG911 Test\" <sip:+12025551212@127.0.0.1:5061>;tag=1",
                "To: <urn:service:sos>;tag=" + toTag,
                "Call-ID: " + callId,
                "CSeq: 1 ACK",
                "Max-Forwards: 70",
                "Content-Length: 0", "", "");
    }

    static byte[] cancel(String callId, String branch) {
        return request("CANCEL urn:service:sos SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=" + branch,
                "From: \"NG911 Test\" <sip:+12025551212@127.0.0.1:5061>;tag=1",
                "To: urn:service:sos",
                "Call-ID: " + callId,
                "CSeq: 1 CANCEL",
                "Max-Forwards: 70",
                "Content-Length: 0", "", "");
    }

    static byte[] options(String branch) {
        return request("OPTIONS sip:vigil@127.0.0.1:5060 SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=" + branch,
                "From: <sip:monitor@127.0.0.1:5061>;tag=m1",
                "To: <sip:vigil@127.0.0.1:5060>",
                "Call-ID: options-" + branch,
                "CSeq: 7 OPTIONS",
                "Max-Forwards: 70",
                "Content-Length: 0", "", "");
    }

    /** The To tag Vigil put on a response. */
    static String toTagOf(String response) {
        for (String line : response.split("\r\n")) {
            if (line.startsWith("To:")) {
                int tag = line.indexOf(";tag=");
                return tag < 0 ? "" : line.substring(tag + 5).trim();
            }
        }
        return "";
    }
}
