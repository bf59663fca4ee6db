package org.vigil.cad.core.gateway;

import java.time.Clock;
import java.time.Instant;

/** Wall-clock time for a production gateway: the only place Vigil reads a clock for commands. */
public final class SystemMicrosClock implements MicrosClock {
    private final Clock clock;

    public SystemMicrosClock() {
        this(Clock.systemUTC());
    }

    public SystemMicrosClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long nowMicros() {
        Instant now = clock.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1_000);
    }
}
