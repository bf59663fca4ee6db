package org.vigil.cad.telephony.sip;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;
import org.vigil.cad.telephony.sip.SipCall.State;

/**
 * The INVITE side of the UAS: 100 Trying at once, the call offered to the engine, 180 Ringing, and 200 OK
 * with an inactive SDP answer once the offer is journaled (503 if it could not be); 2xx retransmitted over
 * UDP until ACK; CANCEL before the answer gives 487 and an abandoned call. An INVITE that has to be refused
 * is still offered, then hung up, so the call-taker sees it and can call back.
 */
final class InviteTransactions {
    static final String ALLOW = "INVITE, ACK, BYE, CANCEL, OPTIONS, MESSAGE";
    private static final List<String> ACCEPTED_BODIES = List.of("application/sdp", "application/pidf+xml");

    private final SipServerConfig config;
    private final CallSink sink;
    private final SipCalls calls;
    private final SipResponder responder;
    private final SipMetrics metrics;

    InviteTransactions(SipServerConfig config, CallSink sink, SipCalls calls, SipResponder responder,
                       SipMetrics metrics) {
        this.config = config;
        this.sink = sink;
        this.calls = calls;
        this.responder = responder;
        this.metrics = metrics;
    }

    void invite(SipMessage invite, SipTransport transport) {
        if (!invite.toTag().isEmpty()) {
            reInvite(invite, transport);
            return;
        }
        if (calls.find(invite.callId()).isPresent()) {
            // Same Call-ID on a new branch: a looped or merged request; the first one is the call.
            responder.send(invite, transport, SipResponse.to(invite, 482, transport).toTag(newTag())
                    .warning("a call with this Call-ID is already in progress"));
            return;
        }
        if (refused(invite, transport)) {
            return;
        }
        responder.send(invite, transport, SipResponse.to(invite, 100, transport));
        CallDecoder.Decoded decoded = CallDecoder.decode(invite, CallSource.EMERGENCY_911, transport.describe(),
                List.of());
        if (decoded.malformed()) {
            metrics.malformed();
        }
        String toTag = newTag();
        CompletableFuture<Long> offered = offer(decoded.call());
        SipCall call = calls.add(invite.callId(), new SipCall(invite, transport, toTag, offered));
        responder.send(invite, transport, SipResponse.to(invite, 180, transport).toTag(toTag)
                .header("Contact", contact(transport)));
        offered.whenComplete((callId, failure) -> journaled(call, decoded.sdpOffer(), failure));
    }

    /** Sends a refusal and shows the call, when the INVITE cannot be taken as it is; true if it did. */
    private boolean refused(SipMessage invite, SipTransport transport) {
        List<String> required = invite.headers().values("Require");
        if (!required.isEmpty()) {
            String tags = String.join(", ", required);
            rejectVisibly(invite, transport, SipResponse.to(invite, 420, transport).toTag(newTag())
                    .header("Unsupported", tags).warning("no SIP extension is supported"),
                    "INVITE refused with 420: requires unsupported extensions " + tags);
            return true;
        }
        String mediaType = HeaderValues.mediaType(invite.headers().firstOrEmpty("Content-Type"));
        boolean acceptable = invite.bodyLength() == 0 || mediaType.startsWith("multipart/")
                || ACCEPTED_BODIES.contains(mediaType);
        if (!acceptable) {
            metrics.malformed();
            rejectVisibly(invite, transport, SipResponse.to(invite, 415, transport).toTag(newTag())
                    .header("Accept", "application/sdp, multipart/mixed, application/pidf+xml")
                    .warning("unsupported body type " + mediaType),
                    "INVITE refused with 415: unsupported body type " + mediaType);
            return true;
        }
        if (calls.full()) {
            rejectVisibly(invite, transport, SipResponse.to(invite, 503, transport).toTag(newTag())
                    .header("Retry-After", "5").warning("too many calls in progress"),
                    "INVITE refused with 503: " + calls.size() + " calls already in progress");
            return true;
        }
        return false;
    }

    /**
     * Answers a request that cannot become a live call, and still puts the call before the call-taker:
     * offered with the reason among its problems, then hung up at once, so it shows as abandoned.
     */
    void rejectVisibly(SipMessage invite, SipTransport transport, SipResponse refusal, String reason) {
        responder.send(invite, transport, refusal);
        CallDecoder.Decoded decoded = CallDecoder.decode(invite, CallSource.EMERGENCY_911, transport.describe(),
                List.of(reason));
        offer(decoded.call()).thenAccept(sink::hungUp);
    }

    private void journaled(SipCall call, byte[] sdpOffer, Throwable failure) {
        SipMessage invite = call.invite();
        SipTransport transport = call.transport();
        if (failure != null) {
            if (call.move(State.PROCEEDING, State.REJECTED)) {
                responder.send(invite, transport, SipResponse.to(invite, 503, transport).toTag(call.toTag())
                        .warning("the call could not be recorded: " + failure.getMessage()));
                expireUnacknowledged(call);
            }
            return;
        }
        synchronized (call) {
            if (!call.move(State.PROCEEDING, State.ANSWERED)) {
                return;
            }
            String answer = SdpAnswer.answer(sdpOffer, transport.localHost(),
                    ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
            byte[] ok = responder.send(invite, transport, SipResponse.to(invite, 200, transport).toTag(call.toTag())
                    .header("Contact", contact(transport)).header("Allow", ALLOW)
                    .body("application/sdp", answer));
            call.answer(ok);
        }
        if (!transport.reliable()) {
            retransmitAnswer(call, config.t1Millis(), 0);
        }
        expireUnacknowledged(call);
    }

    /**
     * RFC 3261 timers H and 13.3.1.4: a final response still unacknowledged after 64*T1 ends the dialog, so
     * vanished callers do not fill the table. An answered call whose ACK never came is reported hung up.
     */
    private void expireUnacknowledged(SipCall call) {
        call.transport().schedule(() -> {
            if (call.move(State.ANSWERED, State.ENDED)) {
                calls.remove(call.invite().callId(), call);
                call.reportHangUp(sink);
            } else if (call.move(State.REJECTED, State.ENDED)) {
                calls.remove(call.invite().callId(), call);
            }
        }, 64 * config.t1Millis());
    }

    /** RFC 3261 13.3.1.4: resend the 2xx at T1, 2T1, ... capped at T2, until ACK or 64*T1 have passed. */
    private void retransmitAnswer(SipCall call, long interval, long elapsed) {
        long at = elapsed + interval;
        if (at >= 64 * config.t1Millis()) {
            return;
        }
        call.transport().schedule(() -> {
            if (call.state() == State.ANSWERED) {
                call.transport().send(call.answer());
                retransmitAnswer(call, Math.min(interval * 2, config.t2Millis()), at);
            }
        }, interval);
    }

    void ack(SipMessage ack) {
        Optional<SipCall> found = calls.dialog(ack);
        if (found.isEmpty()) {
            return;
        }
        SipCall call = found.get();
        if (!call.move(State.ANSWERED, State.CONFIRMED) && call.state() == State.REJECTED) {
            // ACK of a 487 or 503 ends the INVITE transaction and with it the early dialog.
            calls.remove(ack.callId(), call);
        }
    }

    void cancel(SipMessage cancel, SipTransport transport) {
        Optional<SipCall> found = calls.find(cancel.callId())
                .filter(c -> c.invite().cseqNumber() == cancel.cseqNumber());
        if (found.isEmpty()) {
            responder.send(cancel, transport, SipResponse.to(cancel, 481, transport).toTag(newTag())
                    .warning("no INVITE in progress matches this CANCEL"));
            return;
        }
        SipCall call = found.get();
        responder.send(cancel, transport, SipResponse.to(cancel, 200, transport).toTag(call.toTag()));
        if (call.move(State.PROCEEDING, State.REJECTED)) {
            SipMessage invite = call.invite();
            responder.send(invite, call.transport(), SipResponse.to(invite, 487, call.transport())
                    .toTag(call.toTag()));
            call.reportHangUp(sink);
            expireUnacknowledged(call);
        }
    }

    /** A re-INVITE inside a dialog: its location is a rebid of the live call. */
    private void reInvite(SipMessage invite, SipTransport transport) {
        Optional<SipCall> found = calls.dialog(invite);
        if (found.isEmpty()) {
            responder.send(invite, transport, SipResponse.to(invite, 481, transport)
                    .warning("no dialog matches this re-INVITE"));
            return;
        }
        responder.send(invite, transport, SipResponse.to(invite, 100, transport));
        CallDecoder.Decoded decoded = CallDecoder.decode(invite, CallSource.EMERGENCY_911, transport.describe(),
                List.of());
        if (decoded.malformed()) {
            metrics.malformed();
        }
        offer(decoded.call()).whenComplete((callId, failure) -> {
            if (failure != null) {
                responder.send(invite, transport, SipResponse.to(invite, 500, transport)
                        .warning("the location update could not be recorded"));
                return;
            }
            String answer = SdpAnswer.answer(decoded.sdpOffer(), transport.localHost(),
                    ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
            responder.send(invite, transport, SipResponse.to(invite, 200, transport)
                    .header("Contact", contact(transport)).body("application/sdp", answer));
        });
    }

    private CompletableFuture<Long> offer(InboundCall call) {
        try {
            CompletableFuture<Long> offered = sink.offer(call);
            return offered == null ? CompletableFuture.failedFuture(new IllegalStateException("no future")) : offered;
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    static String contact(SipTransport transport) {
        String host = transport.localHost().contains(":") ? "[" + transport.localHost() + "]" : transport.localHost();
        return "<sip:vigil@" + host + ":" + transport.localPort() + ";transport="
                + transport.protocol().toLowerCase(Locale.ROOT) + ">";
    }

    static String newTag() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    }
}
