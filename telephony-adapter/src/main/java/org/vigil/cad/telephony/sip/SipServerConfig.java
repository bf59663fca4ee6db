package org.vigil.cad.telephony.sip;

/**
 * How the SIP listener binds and behaves. No clock: timer lengths are plain numbers, run on the event loop.
 *
 * @param host              address to bind UDP and TCP to (loopback by default)
 * @param port              port for both UDP and TCP; 0 picks a free one (the same number for both)
 * @param advertisedHost    the host written into Contact, Warning and the SDP answer; the bind host if blank
 * @param maxMessageBytes   larger messages are answered 413 (and still shown as a call when they are INVITEs)
 * @param maxCalls          live dialogs kept at once; beyond it new INVITEs get 503 (and still show as calls)
 * @param t1Millis          RFC 3261 timer T1, the first 2xx retransmission interval over UDP
 * @param rememberedTransactions recent transactions whose last response is kept to absorb retransmissions
 */
public record SipServerConfig(String host, int port, String advertisedHost, int maxMessageBytes, int maxCalls,
                              long t1Millis, int rememberedTransactions) {

    public static final int DEFAULT_PORT = 5060;

    public SipServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a bind host is required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        advertisedHost = advertisedHost == null || advertisedHost.isBlank() ? host : advertisedHost;
        if (maxMessageBytes < 1024 || maxMessageBytes > 65535) {
            throw new IllegalArgumentException("maxMessageBytes must be 1024..65535: " + maxMessageBytes);
        }
        if (maxCalls < 1 || t1Millis < 1 || rememberedTransactions < 1) {
            throw new IllegalArgumentException("maxCalls, t1Millis and rememberedTransactions must be positive");
        }
    }

    /** 127.0.0.1:5060, 64 KiB messages, 10,000 live calls, T1 500 ms. */
    public static SipServerConfig defaults() {
        return new SipServerConfig("127.0.0.1", DEFAULT_PORT, "", 65535, 10_000, 500, 4096);
    }

    public SipServerConfig withPort(int newPort) {
        return new SipServerConfig(host, newPort, advertisedHost, maxMessageBytes, maxCalls, t1Millis,
                rememberedTransactions);
    }

    public SipServerConfig withMaxMessageBytes(int bytes) {
        return new SipServerConfig(host, port, advertisedHost, bytes, maxCalls, t1Millis, rememberedTransactions);
    }

    public SipServerConfig withMaxCalls(int calls) {
        return new SipServerConfig(host, port, advertisedHost, maxMessageBytes, calls, t1Millis,
                rememberedTransactions);
    }

    /** RFC 3261 T2: the cap on the retransmission interval. */
    long t2Millis() {
        return Math.max(4000, t1Millis);
    }
}
