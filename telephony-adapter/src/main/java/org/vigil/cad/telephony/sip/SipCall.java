package org.vigil.cad.telephony.sip;

import java.util.concurrent.CompletableFuture;
import org.vigil.cad.telephony.CallSink;

/**
 * One INVITE dialog as the UAS keeps it: the To tag Vigil chose, the engine's call id once journaled, and
 * where the INVITE transaction stands. Methods are synchronized: the network and the engine's
 * acknowledgements reach a call from different threads.
 */
final class SipCall {

    enum State {
        /** 100/180 sent; waiting for the offer to be journaled. */
        PROCEEDING,
        /** 200 OK sent; waiting for ACK. */
        ANSWERED,
        /** ACK received: the dialog is established. */
        CONFIRMED,
        /** A final non-2xx was sent (487 after CANCEL, 503 when the offer failed); waiting for ACK. */
        REJECTED,
        /** BYE received. */
        ENDED
    }

    private final SipMessage invite;
    private final SipTransport transport;
    private final String toTag;
    private final CompletableFuture<Long> engineCallId;
    private State state = State.PROCEEDING;
    private boolean hangUpReported;
    private byte[] answer;

    SipCall(SipMessage invite, SipTransport transport, String toTag, CompletableFuture<Long> engineCallId) {
        this.invite = invite;
        this.transport = transport;
        this.toTag = toTag;
        this.engineCallId = engineCallId;
    }

    SipMessage invite() {
        return invite;
    }

    SipTransport transport() {
        return transport;
    }

    String toTag() {
        return toTag;
    }

    CompletableFuture<Long> engineCallId() {
        return engineCallId;
    }

    synchronized State state() {
        return state;
    }

    /** Moves from {@code expected} to {@code next}; false (and no change) if the call is elsewhere. */
    synchronized boolean move(State expected, State next) {
        if (state != expected) {
            return false;
        }
        state = next;
        return true;
    }

    synchronized void end() {
        state = State.ENDED;
    }

    /**
     * Tells the engine the caller hung up, once the offer is journaled, and only once whichever way the
     * hang-up came (BYE, CANCEL, or both racing); nothing if the offer failed, as there is no call then.
     */
    void reportHangUp(CallSink sink) {
        synchronized (this) {
            if (hangUpReported) {
                return;
            }
            hangUpReported = true;
        }
        engineCallId.thenAccept(sink::hungUp);
    }

    synchronized void answer(byte[] response) {
        this.answer = response;
    }

    synchronized byte[] answer() {
        return answer;
    }
}
