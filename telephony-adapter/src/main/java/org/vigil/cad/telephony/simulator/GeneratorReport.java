package org.vigil.cad.telephony.simulator;

/**
 * What a generator run has sent and what came back, so far or in the end. Latency is the bench module's
 * business; these are counts.
 *
 * @param callsSent    calls sent, ALI and SIP (a rebid counts as one)
 * @param aliSent      ALI frames sent
 * @param aliAcked     ACKs received: the call is journaled
 * @param aliNaked     NAKs received: the frame was broken, or its call could not be journaled
 * @param sipSent      INVITEs sent (retransmissions not counted)
 * @param sipAnswered  INVITEs answered 200 OK
 * @param sipCancelled INVITEs the caller cancelled, answered 487 Request Terminated
 * @param sipRefused   INVITEs answered with any other final status
 * @param sipHungUp    BYEs answered 200 OK
 * @param failures     what went wrong besides: a link closed with frames unanswered, a BYE unanswered or
 *                     refused, an unexpected answer, a transport error
 */
public record GeneratorReport(long callsSent, long aliSent, long aliAcked, long aliNaked, long sipSent,
                              long sipAnswered, long sipCancelled, long sipRefused, long sipHungUp, long failures) {

    /** ALI frames with neither ACK nor NAK. */
    public long aliUnanswered() {
        return aliSent - aliAcked - aliNaked;
    }

    /** INVITEs without a final response. */
    public long sipUnanswered() {
        return sipSent - sipAnswered - sipCancelled - sipRefused;
    }

    /** Every ALI frame ACKed, every INVITE answered 200 (or 487 after the caller's CANCEL), and nothing failed. */
    public boolean allAcknowledged() {
        return aliAcked == aliSent && sipAnswered + sipCancelled == sipSent && failures == 0;
    }
}
