package org.vigil.cad.telephony.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The session description Vigil answers with: every offered media stream accepted but inactive (RFC 3264),
 * since the CAD records the call and never takes its audio. Without an offer, the same as an offer.
 */
final class SdpAnswer {
    /** RTP's discard port: a valid, non-zero port for a stream that is accepted but never used. */
    private static final int DISCARD_PORT = 9;

    private SdpAnswer() {
    }

    static String answer(byte[] offer, String localAddress, long sessionId) {
        String addressType = localAddress.contains(":") ? "IP6" : "IP4";
        StringBuilder sdp = new StringBuilder()
                .append("v=0\r\n")
                .append("o=vigil ").append(sessionId).append(' ').append(sessionId).append(" IN ").append(addressType)
                .append(' ').append(localAddress).append("\r\n")
                .append("s=Vigil CAD\r\n")
                .append("c=IN ").append(addressType).append(' ').append(localAddress).append("\r\n")
                .append("t=0 0\r\n");
        List<String> lines = offer == null ? List.of() : lines(offer);
        boolean anyMedia = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("m=")) {
                continue;
            }
            anyMedia = true;
            String[] fields = line.substring(2).trim().split("\\s+");
            if (fields.length < 4) {
                sdp.append("m=audio 0 RTP/AVP 0\r\n");
                continue;
            }
            boolean rejected = fields[1].equals("0");
            sdp.append("m=").append(fields[0]).append(' ').append(rejected ? 0 : DISCARD_PORT).append(' ')
                    .append(fields[2]).append(' ').append(fields[3]).append("\r\n");
            String rtpmap = "a=rtpmap:" + fields[3] + " ";
            for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("m="); j++) {
                if (lines.get(j).startsWith(rtpmap)) {
                    sdp.append(lines.get(j)).append("\r\n");
                }
            }
            sdp.append("a=inactive\r\n");
        }
        if (!anyMedia) {
            sdp.append("m=audio ").append(DISCARD_PORT).append(" RTP/AVP 0\r\n")
                    .append("a=rtpmap:0 PCMU/8000\r\n")
                    .append("a=inactive\r\n");
        }
        return sdp.toString();
    }

    private static List<String> lines(byte[] offer) {
        List<String> lines = new ArrayList<>();
        for (String line : new String(offer, StandardCharsets.ISO_8859_1).split("\r?\n")) {
            lines.add(line.trim());
        }
        return lines;
    }
}
