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
 * Vehicle crash notifications (automatic crash notification from a telematics provider):
 * {@code {"event":"telematics.crash","provider":"OnStar","ani":"3135550188","vehicle":"2019 Chevrolet Malibu, red",
 * "latitude":37.78,"longitude":-122.41,"uncertaintyMeters":10,"headingDegrees":270,"severity":"HIGH",
 * "deltaVKph":48,"airbags":true,"rollover":false,"occupants":2}}.
 */
final class TelematicsSource implements FeedSource {
    private static final List<String> CRASH_FIELDS = List.of("provider", "vehicle", "severity", "headingDegrees",
            "speedKph", "deltaVKph", "airbags", "rollover", "occupants");

    private final CallSink sink;

    TelematicsSource(CallSink sink) {
        this.sink = sink;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("telematics.crash");
    }

    @Override
    public CompletableFuture<FeedReply> handle(String eventType, FeedFields fields, String rawLine) {
        Map<String, String> details = new LinkedHashMap<>();
        for (String name : CRASH_FIELDS) {
            String value = fields.text(name);
            if (!value.isEmpty()) {
                details.put(name, value);
            }
        }
        Location location = new Location(fields.text("address"), fields.number("latitude"),
                fields.number("longitude"), fields.number("uncertaintyMeters"), 0);
        List<String> problems = location.hasValidPosition() ? List.of() : List.of("no usable crash position");
        String ani = fields.digits("ani");
        InboundCall call = new InboundCall(CallSource.TELEMATICS, ani, ani, "TELEMATICS", fields.text("name"),
                location, details, rawLine, problems);
        return sink.offer(call).thenApply(FeedReply::done);
    }
}
