package org.vigil.cad.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Location;

/**
 * Alarm intake with no call-taker: a hold-up type alarm (robbery, hold-up, panic, duress) from an
 * account on the city-buildings list becomes a priority-1 police incident at once, linked to the
 * alarm call. Every other alarm waits as a call for a call-taker to verify.
 */
public final class CityBuildingAlarmRule {
    public static final String INCIDENT_TYPE = "ALARM-ROBBERY";
    private static final Set<String> HOLDUP_TYPES = Set.of("ROBBERY", "HOLDUP", "HOLD-UP", "PANIC", "DURESS");

    private final Set<String> cityAccounts;

    /** @param cityAccounts the alarm accounts of city buildings, compared without regard to case */
    public CityBuildingAlarmRule(Set<String> cityAccounts) {
        this.cityAccounts = cityAccounts.stream().map(a -> a.trim().toUpperCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    public Optional<Command.CreateIncident> incidentFor(long alarmCallId, String alarmType, String account,
                                                        String premises, String zone, Location location) {
        boolean holdUp = HOLDUP_TYPES.contains(alarmType.trim().toUpperCase(Locale.ROOT));
        boolean city = cityAccounts.contains(account.trim().toUpperCase(Locale.ROOT));
        if (!holdUp || !city || !location.isKnown()) {
            return Optional.empty();
        }
        String narrative = alarmType.toUpperCase(Locale.ROOT) + " alarm at " + premises
                + (zone.isBlank() ? "" : ", zone " + zone) + " (account " + account + "); no call-taker, created by rule";
        return Optional.of(new Command.CreateIncident(alarmCallId, INCIDENT_TYPE, 1, location, narrative));
    }
}
