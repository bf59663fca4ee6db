package org.vigil.cad.telephony.feed;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** One kind of call source on the call-event feed: admin lines, text/TTY, telematics, alarms, call control. */
interface FeedSource {

    /** The {@code event} values this source handles, e.g. {@code admin.offered}. */
    Set<String> eventTypes();

    /** Acts on one message; the future completes when what it caused is journaled. */
    CompletableFuture<FeedReply> handle(String eventType, FeedFields fields, String rawLine);
}
