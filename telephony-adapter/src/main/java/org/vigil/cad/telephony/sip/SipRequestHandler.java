package org.vigil.cad.telephony.sip;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.telephony.CallSink;

/**
 * The transport-independent heart of the listener: parses each message, absorbs retransmissions, answers
 * what is broken or unsupported with a 4xx/5xx and a Warning, and hands the rest to the INVITE and dialog
 * handlers. Nothing escapes it: an unexpected failure is logged, counted as malformed, and answered 500.
 */
final class SipRequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SipRequestHandler.class);

    private final SipServerConfig config;
    private final SipMetrics metrics;
    private final SipResponder responder;
    private final InviteTransactions invites;
    private final DialogRequests dialogs;

    SipRequestHandler(SipServerConfig config, CallSink sink, SipMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.responder = new SipResponder(metrics, config.rememberedTransactions());
        SipCalls calls = new SipCalls(config.maxCalls());
        this.invites = new InviteTransactions(config, sink, calls, responder, metrics);
        this.dialogs = new DialogRequests(sink, calls, responder, metrics);
    }

    /** One whole message (a datagram, or one framed off a stream). */
    void onMessage(byte[] raw, SipTransport transport) {
        SipParseResult parsed = null;
        try {
            parsed = SipMessageParser.parse(raw);
            handle(parsed, transport);
        } catch (RuntimeException e) {
            failed(parsed, transport, e);
        }
    }

    /** A message over the size limit: only its start (headers) is looked at, to answer 413 and show the call. */
    void onOversized(byte[] head, int totalBytes, SipTransport transport) {
        SipParseResult parsed = null;
        try {
            parsed = SipMessageParser.parse(head, true);
            SipMessage message = parsed.message();
            if (message.isResponse()) {
                return;
            }
            metrics.request(message.method());
            String error = "message of " + totalBytes + " bytes exceeds the limit of " + config.maxMessageBytes();
            reject(new SipParseResult(message, 413, error), transport);
        } catch (RuntimeException e) {
            failed(parsed, transport, e);
        }
    }

    private void handle(SipParseResult parsed, SipTransport transport) {
        SipMessage message = parsed.message();
        if (message.isResponse()) {
            // Vigil sends no requests of its own, so any response is a stray and gets no answer.
            return;
        }
        metrics.request(message.method());
        if (!message.method().equals("ACK") && responder.resendIfRepeated(message, transport)) {
            return;
        }
        if (!parsed.ok()) {
            reject(parsed, transport);
            return;
        }
        switch (message.method()) {
            case "INVITE" -> invites.invite(message, transport);
            case "ACK" -> invites.ack(message);
            case "CANCEL" -> invites.cancel(message, transport);
            case "BYE" -> dialogs.bye(message, transport);
            case "OPTIONS" -> dialogs.options(message, transport);
            case "MESSAGE" -> dialogs.message(message, transport);
            default -> unsupported(message, transport);
        }
    }

    private void reject(SipParseResult parsed, SipTransport transport) {
        metrics.malformed();
        SipMessage message = parsed.message();
        LOG.debug("SIP message from {} rejected with {}: {}", transport.describe(), parsed.errorStatus(),
                parsed.error());
        SipResponse response = SipResponse.to(message, parsed.errorStatus(), transport)
                .toTag(InviteTransactions.newTag()).warning(parsed.error());
        if (message.method().equals("INVITE")) {
            invites.rejectVisibly(message, transport, response,
                    "INVITE refused with " + parsed.errorStatus() + ": " + parsed.error());
        } else if (!message.method().equals("ACK")) {
            responder.send(message, transport, response);
        }
    }

    private void unsupported(SipMessage request, SipTransport transport) {
        boolean known = SipMetrics.KNOWN_METHODS.contains(request.method());
        SipResponse response = SipResponse.to(request, known ? 405 : 501, transport)
                .toTag(InviteTransactions.newTag()).header("Allow", InviteTransactions.ALLOW)
                .warning(request.method() + " is not supported here");
        responder.send(request, transport, response);
    }

    private void failed(SipParseResult parsed, SipTransport transport, RuntimeException e) {
        metrics.malformed();
        LOG.warn("SIP message from {} could not be handled", transport.describe(), e);
        if (parsed == null || parsed.message().isResponse() || parsed.message().method().equals("ACK")) {
            return;
        }
        try {
            responder.send(parsed.message(), transport, SipResponse.to(parsed.message(), 500, transport)
                    .warning("internal error"));
        } catch (RuntimeException again) {
            LOG.warn("could not even answer 500 to {}", transport.describe(), again);
        }
    }
}
