package org.vigil.cad.telephony.feed;

/**
 * The answer to one feed line, sent back in the order the lines came: {@code {"ok":true,"callId":N}}
 * once journaled, or {@code {"ok":false,"error":...,"detail":...}} (with the callId of the visible call
 * an unreadable line became, when it became one).
 */
record FeedReply(boolean ok, long callId, String error, String detail) {

    static FeedReply done(long callId) {
        return new FeedReply(true, callId, "", "");
    }

    static FeedReply refused(String error, String detail) {
        return new FeedReply(false, 0, error, detail);
    }

    FeedReply withCallId(long id) {
        return new FeedReply(ok, id, error, detail);
    }
}
