package org.vigil.cad.core.engine;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.vigil.cad.core.domain.UnitStatus;

/**
 * What the engine is told at construction. Everything here must be the same on replay as it was when
 * the journal was written, because it shapes decisions; a changed timer only affects later decisions.
 *
 * @param zone   the PSAP's time zone, which decides the year in incident numbers
 * @param timers status timers, most specific first
 */
public record EngineConfig(ZoneId zone, List<StatusTimer> timers) {

    public EngineConfig {
        timers = List.copyOf(timers);
    }

    /** UTC numbering and the common defaults: dispatched 3 min, en route 15 min, on scene 20 min, at hospital 30 min. */
    public static EngineConfig defaults() {
        return new EngineConfig(ZoneId.of("UTC"), List.of(
                new StatusTimer(UnitStatus.DISPATCHED, StatusTimer.ANY_TYPE, minutes(3)),
                new StatusTimer(UnitStatus.ENROUTE, StatusTimer.ANY_TYPE, minutes(15)),
                new StatusTimer(UnitStatus.ONSCENE, StatusTimer.ANY_TYPE, minutes(20)),
                new StatusTimer(UnitStatus.ATHOSPITAL, StatusTimer.ANY_TYPE, minutes(30))));
    }

    public EngineConfig withZone(ZoneId newZone) {
        return new EngineConfig(newZone, timers);
    }

    /** The limit for a unit of this type in this status, or 0 when no timer applies. */
    public long timerLimitMicros(UnitStatus status, String unitType) {
        for (StatusTimer timer : timers) {
            if (timer.appliesTo(status, unitType)) {
                return timer.limitMicros();
            }
        }
        return 0;
    }

    private static long minutes(long count) {
        return TimeUnit.MINUTES.toMicros(count);
    }
}
