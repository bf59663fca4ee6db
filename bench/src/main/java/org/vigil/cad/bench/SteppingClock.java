package org.vigil.cad.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.cad.core.gateway.MicrosClock;

/**
 * The gateway clock of the benchmarks: every stamp is one step after the previous one, from a fixed
 * start, so runs are repeatable and incident numbers stay inside one year whatever the speed.
 */
final class SteppingClock implements MicrosClock {
    /** 1 March 2026, 00:00 UTC: ten months, 26 billion steps of a millisecond, before the year turns. */
    static final long START_MICROS = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse("2026-03-01T00:00:00Z"));
    static final long STEP_MICROS = 1_000;

    private final AtomicLong next = new AtomicLong(START_MICROS);

    @Override
    public long nowMicros() {
        return next.getAndAdd(STEP_MICROS);
    }
}
