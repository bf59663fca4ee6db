package org.vigil.cad.telephony.sip;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;

/**
 * The listener's counters: {@code vigil.sip.requests} by method, {@code vigil.sip.responses} by status and
 * {@code vigil.sip.malformed}. Unknown methods count as OTHER, so garbage cannot grow the tag space.
 */
final class SipMetrics {
    static final Set<String> KNOWN_METHODS = Set.of("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "MESSAGE",
            "REGISTER", "SUBSCRIBE", "NOTIFY", "PRACK", "UPDATE", "INFO", "REFER", "PUBLISH");

    private final MeterRegistry registry;
    private final Counter malformed;

    SipMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.malformed = Counter.builder("vigil.sip.malformed")
                .description("SIP input that could not be fully read: rejected, or turned into a call with problems")
                .register(registry);
    }

    void request(String method) {
        String tag = method.isEmpty() ? "UNREADABLE" : KNOWN_METHODS.contains(method) ? method : "OTHER";
        Counter.builder("vigil.sip.requests").description("SIP requests received").tag("method", tag)
                .register(registry).increment();
    }

    void response(int status) {
        Counter.builder("vigil.sip.responses").description("SIP responses sent (retransmissions not counted)")
                .tag("status", Integer.toString(status)).register(registry).increment();
    }

    void malformed() {
        malformed.increment();
    }
}
