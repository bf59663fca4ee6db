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
 * Non-emergency (admin) lines from the PBX: {@code {"event":"admin.offered","line":"ADMIN-2","ani":"4155550142",
 * "name":"DOE, JOHN"}}. They queue behind 9-1-1 calls on the call-taker's screen.
 */
final class AdminLineSource implements FeedSource {
    private final CallSink sink;

    AdminLineSource(CallSink sink) {
        this.sink = sink;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("admin.offered");
    }

    @Override
    public CompletableFuture<FeedReply> handle(String eventType, FeedFields fields, String rawLine) {
        String ani = fields.digits("ani");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("line", fields.text("line"));
        InboundCall call = new InboundCall(CallSource.ADMIN_LINE, ani, ani, "ADMIN", fields.text("name"),
                Location.UNKNOWN, details, rawLine, List.of());
        return sink.offer(call).thenApply(FeedReply::done);
    }
}
