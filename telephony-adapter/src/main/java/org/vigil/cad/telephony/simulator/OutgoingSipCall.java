package org.vigil.cad.telephony.simulator;

import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import org.vigil.cad.telephony.sip.SipMessage;

/**
 * One NG9-1-1 call as a UAC over UDP places it (RFC 3261): INVITE, resent at T1, 2T1, ... until a response;
 * on 200 OK an ACK (again for every 200 resent), the caller holds, then BYE, resent until answered. An
 * abandoning caller sends CANCEL on the first provisional response and ACKs the 487; if the 200 won the race,
 * it hangs up at once instead. Runs on the {@link SipAgent}'s event loop only.
 */
final class OutgoingSipCall {
    /** RFC 3261 timers B and F: a transaction unanswered after 64*T1 has failed. */
    private static final int GIVE_UP_AFTER_T1S = 64;
    /** RFC 3261 T2: the cap on a non-INVITE request's retransmission interval. */
    private static final Duration T2 = Duration.ofSeconds(4);

    private enum State { CALLING, PROCEEDING, ANSWERED, HANGING_UP, DONE }

    private final SipAgent agent;
    private final SyntheticCall.SipCall call;
    private final GeneratorCounters counters;
    private final Duration t1;
    private final Duration hold;
    private State state = State.CALLING;
    private SipDialog dialog;
    private boolean cancelled;
    /** The next retransmission, or the end of the caller's hold. */
    private ScheduledFuture<?> timer;
    /** When an unanswered request is given up (timers B and F). */
    private ScheduledFuture<?> deadline;

    OutgoingSipCall(SipAgent agent, SyntheticCall.SipCall call, GeneratorCounters counters, Duration t1,
                    Duration hold) {
        this.agent = agent;
        this.call = call;
        this.counters = counters;
        this.t1 = t1;
        this.hold = hold;
    }

    String callId() {
        return call.invite().callId();
    }

    void start() {
        counters.sipSent.incrementAndGet();
        sendUntilAnswered(call.bytes(), false);
    }

    void onResponse(SipMessage response) {
        switch (response.cseqMethod()) {
            case "INVITE" -> onInviteResponse(response);
            case "BYE" -> onByeResponse(response);
            default -> {
                // The 200 to a CANCEL says nothing the INVITE's own answer will not.
            }
        }
    }

    /** The run is over: a call still hanging up, or waiting to, never got its BYE answered. */
    void abandonAtEnd() {
        if (state == State.ANSWERED || state == State.HANGING_UP) {
            counters.failures.incrementAndGet();
        }
        end();
    }

    private void onInviteResponse(SipMessage response) {
        int status = response.statusCode();
        if (status < 200) {
            if (state == State.CALLING) {
                state = State.PROCEEDING;
                stopTimers();
                if (call.abandoned()) {
                    cancelled = true;
                    agent.send(agent.writer().cancel(call.invite()));
                }
            }
        } else if (status < 300) {
            answered(response);
        } else {
            agent.send(agent.writer().ackRefusal(call.invite(), response.toTag()));
            if (state == State.CALLING || state == State.PROCEEDING) {
                (status == 487 && cancelled ? counters.sipCancelled : counters.sipRefused).incrementAndGet();
                finish();
            }
        }
    }

    private void answered(SipMessage ok) {
        if (dialog != null) {
            // Our ACK was lost or late, and the 200 came again: every 2xx gets an ACK.
            agent.send(agent.writer().ack(dialog));
            return;
        }
        if (state != State.CALLING && state != State.PROCEEDING) {
            return;
        }
        counters.sipAnswered.incrementAndGet();
        stopTimers();
        dialog = SipDialog.of(call.invite(), ok);
        agent.send(agent.writer().ack(dialog));
        state = State.ANSWERED;
        timer = agent.schedule(this::hangUp, call.abandoned() ? Duration.ZERO : hold);
    }

    private void hangUp() {
        if (state != State.ANSWERED) {
            return;
        }
        state = State.HANGING_UP;
        sendUntilAnswered(agent.writer().bye(dialog), true);
    }

    private void onByeResponse(SipMessage response) {
        if (state != State.HANGING_UP || response.statusCode() < 200) {
            return;
        }
        if (response.statusCode() < 300) {
            counters.sipHungUp.incrementAndGet();
        } else {
            counters.failures.incrementAndGet();
        }
        finish();
    }

    /**
     * Timers A and E: resend at T1, 2T1, 4T1, ... (capped at T2 for a BYE) while no response has come; give up
     * after 64*T1. An INVITE given up is left unanswered in the counts; a BYE given up is a failure.
     */
    private void sendUntilAnswered(byte[] request, boolean capAtT2) {
        State waitingIn = state;
        agent.send(request);
        resendAfter(request, t1, capAtT2, waitingIn);
        deadline = agent.schedule(() -> {
            if (state == waitingIn) {
                if (waitingIn == State.HANGING_UP) {
                    counters.failures.incrementAndGet();
                }
                finish();
            }
        }, t1.multipliedBy(GIVE_UP_AFTER_T1S));
    }

    private void resendAfter(byte[] request, Duration interval, boolean capAtT2, State waitingIn) {
        timer = agent.schedule(() -> {
            if (state == waitingIn) {
                agent.send(request);
                Duration next = interval.multipliedBy(2);
                resendAfter(request, capAtT2 && next.compareTo(T2) > 0 ? T2 : next, capAtT2, waitingIn);
            }
        }, interval);
    }

    private void finish() {
        end();
        agent.finished(this);
    }

    private void end() {
        stopTimers();
        state = State.DONE;
    }

    private void stopTimers() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }
}
