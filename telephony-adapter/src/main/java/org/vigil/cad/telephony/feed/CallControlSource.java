package org.vigil.cad.telephony.feed;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.telephony.CallControl;
import org.vigil.cad.telephony.CallSink;

/**
 * A call's life as the phone system sees it: {@code call.answered} (the ACD connected it to
 * {@code position}), {@code call.hungup} (abandoned if unanswered, else released) and
 * {@code call.transferred} (to {@code agency}). Each names the {@code callId} the offer returned.
 */
final class CallControlSource implements FeedSource {
    private final CallSink sink;
    private final CallControl control;

    CallControlSource(CallSink sink, CallControl control) {
        this.sink = sink;
        this.control = control;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("call.answered", "call.hungup", "call.transferred");
    }

    @Override
    public CompletableFuture<FeedReply> handle(String eventType, FeedFields fields, String rawLine) {
        long callId = fields.requiredCallId();
        CompletableFuture<Void> done = switch (eventType) {
            case "call.answered" -> control.answered(callId, fields.requiredText("position"));
            case "call.transferred" -> control.transferred(callId, fields.requiredText("agency"));
            default -> sink.hungUp(callId);
        };
        return done.thenApply(v -> FeedReply.done(callId));
    }
}
