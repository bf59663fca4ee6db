package org.vigil.cad.telephony.sip;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends responses, counts them, and remembers the last response of each recent server transaction so that a
 * retransmitted request (same branch, or for RFC 2543 senders without one the same Call-ID, CSeq and From
 * tag) gets that response again instead of being processed twice (RFC 3261 sections 17.2.1 and 17.2.2).
 */
final class SipResponder {
    private static final String MAGIC_COOKIE = "z9hG4bK";

    private final SipMetrics metrics;
    private final Map<String, byte[]> lastResponses;

    SipResponder(SipMetrics metrics, int rememberedTransactions) {
        this.metrics = metrics;
        this.lastResponses = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > rememberedTransactions;
            }
        };
    }

    /** Sends and remembers a response for the request's transaction; returns the bytes sent. */
    byte[] send(SipMessage request, SipTransport transport, SipResponse response) {
        byte[] bytes = response.build();
        String key = transactionKey(request);
        if (!key.isEmpty()) {
            synchronized (lastResponses) {
                lastResponses.put(key, bytes);
            }
        }
        metrics.response(response.status());
        transport.send(bytes);
        return bytes;
    }

    /** Resends the response already given to this transaction, if any; true when the request was a repeat. */
    boolean resendIfRepeated(SipMessage request, SipTransport transport) {
        String key = transactionKey(request);
        byte[] last;
        synchronized (lastResponses) {
            last = key.isEmpty() ? null : lastResponses.get(key);
        }
        if (last == null) {
            return false;
        }
        transport.send(last);
        return true;
    }

    static String transactionKey(SipMessage request) {
        if (request.callId().isEmpty() || request.method().isEmpty()) {
            return "";
        }
        String branch = request.branch();
        if (branch.startsWith(MAGIC_COOKIE)) {
            return branch + "|" + sentBy(request.topVia()) + "|" + request.method();
        }
        return request.callId() + "|" + request.cseqNumber() + "|" + request.method() + "|" + request.fromTag()
                + "|" + request.topVia();
    }

    private static String sentBy(String via) {
        String[] parts = via.split("[\\s;]+");
        return parts.length > 1 ? parts[1] : via;
    }
}
