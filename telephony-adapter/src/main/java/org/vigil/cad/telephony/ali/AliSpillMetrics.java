package org.vigil.cad.telephony.ali;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ALI listener's meters, shared by all its connections. Names are listed in docs/telephony.md. Counters
 * add up across listeners in one registry; the gauges are per listener (tag {@code listener=host:port}),
 * registered while it listens.
 */
final class AliSpillMetrics {
    private final MeterRegistry registry;
    private final Counter ok;
    private final Counter malformed;
    private final Counter broken;
    private final Counter naks;
    private final Counter discardedBytes;
    private final AtomicInteger outstandingOffers = new AtomicInteger();
    private final AtomicInteger pausedConnections = new AtomicInteger();
    private final List<Meter> gauges = new ArrayList<>();

    AliSpillMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.ok = records(registry, "ok");
        this.malformed = records(registry, "malformed");
        this.broken = records(registry, "broken");
        this.naks = Counter.builder("vigil.ali.nak").description("NAKs answered on the ALI link")
                .register(registry);
        this.discardedBytes = Counter.builder("vigil.ali.discarded.bytes")
                .description("bytes outside any STX..ETX frame, discarded").baseUnit("bytes").register(registry);
    }

    /** Registers the gauges for a listener now bound to {@code listener} (host:port). */
    synchronized void listening(String listener) {
        gauges.add(Gauge.builder("vigil.ali.offers.outstanding", outstandingOffers, AtomicInteger::get)
                .description("calls offered to the pipeline and not yet journaled").tag("listener", listener)
                .register(registry));
        gauges.add(Gauge.builder("vigil.ali.connections.paused", pausedConnections, AtomicInteger::get)
                .description("ALI connections not read because too many offers are outstanding")
                .tag("listener", listener).register(registry));
    }

    /** Removes the gauges of a listener that stopped, so a registry does not report it forever. */
    synchronized void stopped() {
        gauges.forEach(registry::remove);
        gauges.clear();
    }

    private static Counter records(MeterRegistry registry, String result) {
        return Counter.builder("vigil.ali.records").description("ALI frames received, by how they were read")
                .tag("result", result).register(registry);
    }

    void recordRead(boolean clean) {
        (clean ? ok : malformed).increment();
    }

    void brokenFrame() {
        broken.increment();
    }

    void nak() {
        naks.increment();
    }

    void discarded(int bytes) {
        discardedBytes.increment(bytes);
    }

    void offerStarted() {
        outstandingOffers.incrementAndGet();
    }

    void offerSettled() {
        outstandingOffers.decrementAndGet();
    }

    void paused(boolean paused) {
        pausedConnections.addAndGet(paused ? 1 : -1);
    }
}
