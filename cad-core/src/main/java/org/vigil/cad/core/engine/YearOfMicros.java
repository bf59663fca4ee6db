package org.vigil.cad.core.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

/** The local year of a command's timestamp, cached so the hot path does no date arithmetic. */
final class YearOfMicros {
    private final ZoneId zone;
    private long yearStartMicros = Long.MAX_VALUE;
    private long nextYearStartMicros = Long.MIN_VALUE;
    private int year;

    YearOfMicros(ZoneId zone) {
        this.zone = zone;
    }

    int yearOf(long atMicros) {
        if (atMicros < yearStartMicros || atMicros >= nextYearStartMicros) {
            Instant instant = Instant.EPOCH.plus(atMicros, java.time.temporal.ChronoUnit.MICROS);
            ZonedDateTime local = instant.atZone(zone);
            year = local.getYear();
            ZonedDateTime start = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
            yearStartMicros = toMicros(start.toInstant());
            nextYearStartMicros = toMicros(start.plusYears(1).toInstant());
        }
        return year;
    }

    private static long toMicros(Instant instant) {
        return TimeUnit.SECONDS.toMicros(instant.getEpochSecond()) + instant.getNano() / 1_000;
    }
}
