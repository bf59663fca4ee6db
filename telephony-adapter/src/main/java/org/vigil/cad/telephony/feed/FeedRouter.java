package org.vigil.cad.telephony.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.telephony.CallControl;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;

/**
 * Sends each feed line to its source. A line that cannot be acted on still reaches a call-taker as a
 * call with its raw text, unless it only referred to an existing call (then the error says why).
 */
final class FeedRouter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, FeedSource> sources = new HashMap<>();
    private final CallSink sink;
    private final MeterRegistry metrics;

    FeedRouter(CallSink sink, CallControl control, AlarmIntake alarms, MeterRegistry metrics) {
        this.sink = sink;
        this.metrics = metrics;
        for (FeedSource source : List.of(new AdminLineSource(sink), new TextSessionSource(sink),
                new TelematicsSource(sink), new AlarmSource(sink, alarms), new CallControlSource(sink, control))) {
            source.eventTypes().forEach(type -> sources.put(type, source));
        }
    }

    /**
     * Never throws: every outcome is a reply. {@code line} holds the bytes as received, one char per byte
     * (ISO-8859-1), so the journal keeps them exactly; the JSON inside is read as UTF-8.
     */
    CompletableFuture<FeedReply> route(String line) {
        JsonNode message;
        try {
            message = JSON.readTree(line.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return unreadable(line, "malformed", "not JSON: " + firstLine(e.getMessage()));
        }
        if (message == null || !message.isObject()) {
            return unreadable(line, "malformed", "not a JSON object");
        }
        String type = message.path("event").asText("");
        FeedSource source = sources.get(type);
        if (source == null) {
            return unreadable(line, "unknown_event", "unknown event '" + type + "'; known: " + sources.keySet());
        }
        count(type, "received");
        try {
            return source.handle(type, new FeedFields(message), line)
                    .exceptionally(e -> FeedReply.refused("refused", causeOf(e).getMessage()));
        } catch (FeedFieldException e) {
            return refersToACall(type)
                    ? CompletableFuture.completedFuture(FeedReply.refused("bad_field", e.getMessage()))
                    : unreadable(line, "bad_field", e.getMessage());
        }
    }

    /** Makes a call of what could not be read, so a person sees it, and answers with the error. */
    private CompletableFuture<FeedReply> unreadable(String line, String error, String detail) {
        count("", error);
        InboundCall call = new InboundCall(CallSource.EMERGENCY_911, "", "", "", "", Location.UNKNOWN, Map.of(),
                line, List.of("call-event feed: " + detail));
        return sink.offer(call)
                .thenApply(callId -> FeedReply.refused(error, detail).withCallId(callId))
                .exceptionally(e -> FeedReply.refused(error, detail + "; not journaled: " + causeOf(e).getMessage()));
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static boolean refersToACall(String type) {
        return type.startsWith("call.") || type.equals("text.message");
    }

    private void count(String type, String outcome) {
        metrics.counter("vigil.feed.messages", "event", type, "outcome", outcome).increment();
    }

    private static Throwable causeOf(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
}
