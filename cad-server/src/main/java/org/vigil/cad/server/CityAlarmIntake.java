package org.vigil.cad.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.gateway.Operator;
import org.vigil.cad.core.pipeline.CommandGateway;
import org.vigil.cad.intake.CityBuildingAlarmRule;
import org.vigil.cad.telephony.feed.AlarmIntake;
import org.vigil.cad.telephony.feed.AlarmSignal;

/**
 * Connects the alarm feed to the call-intake rule: the city's alarm accounts are listed, one per line,
 * in {@code city-alarm-accounts.txt} in the data directory ({@code #} starts a comment).
 */
final class CityAlarmIntake implements AlarmIntake {
    static final String FILE_NAME = "city-alarm-accounts.txt";
    /** Incidents the rule creates are journaled as the rule's, not as a person's. */
    static final Operator RULE = new Operator("alarm-intake", "");
    private static final Logger LOG = LoggerFactory.getLogger(CityAlarmIntake.class);

    private final CityBuildingAlarmRule rule;
    private final CommandGateway gateway;

    CityAlarmIntake(CityBuildingAlarmRule rule, CommandGateway gateway) {
        this.rule = rule;
        this.gateway = gateway;
    }

    static Set<String> cityAccounts(DataDirectory data) throws IOException {
        Path file = data.root().resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Set.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("#.*", "").trim())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void alarmCall(long callId, AlarmSignal signal, Location location) {
        rule.incidentFor(callId, signal.alarmType(), signal.account(), signal.premises(), signal.zone(), location)
                .ifPresent(incident -> gateway.submit(incident, RULE).whenComplete((result, failure) -> {
                    if (failure != null || !result.accepted()) {
                        LOG.error("ALARM: the {} alarm at {} (call {}) could not become an incident: {}",
                                signal.alarmType(), signal.premises(), callId,
                                failure != null ? failure.toString() : result.rejection().orElseThrow().detail());
                    }
                }));
    }
}
