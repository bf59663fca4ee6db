package org.vigil.cad.telephony.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;

/**
 * Alarm-company signals: {@code {"event":"alarm.signal","company":"Bay Alarm","account":"CITY-0001",
 * "alarmType":"ROBBERY","premises":"City Hall","address":"1 DR CARLTON B GOODLETT PL","zone":"3",
 * "latitude":37.7793,"longitude":-122.4193,"callback":"4155550100"}}. Each becomes an ALARM call; the
 * {@link AlarmIntake} then decides whether it becomes an incident without a call-taker.
 */
final class AlarmSource implements FeedSource {
    private final CallSink sink;
    private final AlarmIntake intake;

    AlarmSource(CallSink sink, AlarmIntake intake) {
        this.sink = sink;
        this.intake = intake;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("alarm.signal");
    }

    @Override
    public CompletableFuture<FeedReply> handle(String eventType, FeedFields fields, String rawLine) {
        AlarmSignal signal = new AlarmSignal(fields.text("account"), fields.text("company"),
                fields.text("alarmType").toUpperCase(), fields.text("premises"), fields.text("zone"));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("alarmCompany", signal.company());
        details.put("account", signal.account());
        details.put("alarmType", signal.alarmType());
        details.put("premises", signal.premises());
        details.put("zone", signal.zone());
        Location location = new Location(fields.text("address"), fields.number("latitude"),
                fields.number("longitude"), Double.NaN, 0);
        List<String> problems = signal.alarmType().isEmpty() ? List.of("no alarm type") : List.of();
        String callback = fields.digits("callback");
        InboundCall call = new InboundCall(CallSource.ALARM, callback, "", "ALARM", signal.premises(), location,
                details, rawLine, problems);
        return sink.offer(call).thenApply(callId -> {
            intake.alarmCall(callId, signal, location);
            return FeedReply.done(callId);
        });
    }
}
