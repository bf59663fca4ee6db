package org.vigil.cad.telephony;

import java.util.concurrent.CompletableFuture;

/**
 * Where telephony listeners hand calls to the dispatch core. Each future completes once the command
 * is journaled, so a listener acknowledges its peer (ACK, 200 OK) only for what is safely recorded,
 * and can stop reading a connection while too many are outstanding (back-pressure, never dropping).
 */
public interface CallSink {

    /** A new call, or a rebid of a live one; completes with the call's id in the engine. */
    CompletableFuture<Long> offer(InboundCall call);

    /** The caller's side hung up: an unanswered call is abandoned, an answered one released. */
    CompletableFuture<Void> hungUp(long callId);

    /** One message of a text or TTY session, from the caller. */
    CompletableFuture<Void> textFromCaller(long callId, String text);
}
