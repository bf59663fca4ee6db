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
 * Text-to-9-1-1 and TTY/TDD sessions from the text control centre:
 * {@code {"event":"text.offered","mode":"TEXT","ani":"4155550123","message":"help","latitude":..,"longitude":..}}
 * opens a session (its first message appended), {@code {"event":"text.message","callId":7,"text":"..."}}
 * appends the caller's next message to the call's transcript.
 */
final class TextSessionSource implements FeedSource {
    private final CallSink sink;

    TextSessionSource(CallSink sink) {
        this.sink = sink;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("text.offered", "text.message");
    }

    @Override
    public CompletableFuture<FeedReply> handle(String eventType, FeedFields fields, String rawLine) {
        if (eventType.equals("text.message")) {
            long callId = fields.requiredCallId();
            return sink.textFromCaller(callId, fields.requiredText("text")).thenApply(v -> FeedReply.done(callId));
        }
        String mode = fields.text("mode");
        CallSource source = modeOf(mode);
        // An unknown mode is still a caller: take the session as text and say why.
        List<String> problems = source == null ? List.of("unknown mode '" + mode + "', taken as TEXT") : List.of();
        source = source == null ? CallSource.TEXT : source;
        String ani = fields.digits("ani");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("mode", source.name());
        Location location = new Location(fields.text("address"), fields.number("latitude"),
                fields.number("longitude"), fields.number("uncertaintyMeters"), 0);
        InboundCall call = new InboundCall(source, ani, ani, source.name(), fields.text("name"), location, details,
                rawLine, problems);
        String first = fields.text("message");
        return sink.offer(call).thenCompose(callId -> first.isBlank()
                ? CompletableFuture.completedFuture(FeedReply.done(callId))
                : sink.textFromCaller(callId, first).thenApply(v -> FeedReply.done(callId)));
    }

    private static CallSource modeOf(String mode) {
        return switch (mode.toUpperCase()) {
            case "TTY", "TDD" -> CallSource.TTY;
            case "TEXT", "SMS", "RTT", "" -> CallSource.TEXT;
            default -> null;
        };
    }
}
