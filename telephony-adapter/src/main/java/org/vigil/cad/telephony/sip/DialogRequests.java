package org.vigil.cad.telephony.sip;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.telephony.CallSink;

/**
 * BYE (the caller hangs up), OPTIONS (a peer or monitor asks what Vigil takes) and MESSAGE (text from the
 * caller: inside an INVITE dialog it is appended to that call; outside one it opens a text session keyed by
 * Call-ID, shown as a TEXT call).
 */
final class DialogRequests {
    private final CallSink sink;
    private final SipCalls calls;
    private final SipResponder responder;
    private final SipMetrics metrics;

    DialogRequests(CallSink sink, SipCalls calls, SipResponder responder, SipMetrics metrics) {
        this.sink = sink;
        this.calls = calls;
        this.responder = responder;
        this.metrics = metrics;
    }

    void bye(SipMessage bye, SipTransport transport) {
        Optional<SipCall> found = calls.dialog(bye);
        if (found.isEmpty()) {
            responder.send(bye, transport, SipResponse.to(bye, 481, transport).warning("no such dialog"));
            return;
        }
        SipCall call = found.get();
        responder.send(bye, transport, SipResponse.to(bye, 200, transport));
        call.end();
        calls.remove(bye.callId(), call);
        call.reportHangUp(sink);
    }

    void options(SipMessage options, SipTransport transport) {
        responder.send(options, transport, SipResponse.to(options, 200, transport)
                .toTag(InviteTransactions.newTag())
                .header("Allow", InviteTransactions.ALLOW)
                .header("Accept", "application/sdp, multipart/mixed, application/pidf+xml, text/plain")
                .header("Contact", InviteTransactions.contact(transport)));
    }

    void message(SipMessage message, SipTransport transport) {
        String contentType = message.headers().firstOrEmpty("Content-Type");
        String mediaType = HeaderValues.mediaType(contentType);
        if (message.bodyLength() > 0 && !mediaType.equals("text/plain")) {
            metrics.malformed();
            responder.send(message, transport, SipResponse.to(message, 415, transport)
                    .toTag(InviteTransactions.newTag()).header("Accept", "text/plain")
                    .warning("only text/plain messages are taken"));
            return;
        }
        String text = new String(message.bodyView(), charset(contentType));
        CompletableFuture<Long> session;
        if (!message.toTag().isEmpty()) {
            Optional<SipCall> call = calls.dialog(message);
            if (call.isEmpty()) {
                responder.send(message, transport, SipResponse.to(message, 481, transport)
                        .warning("no such dialog"));
                return;
            }
            session = call.get().engineCallId();
        } else {
            session = calls.textSession(message.callId(), () -> openTextSession(message, transport));
        }
        String toTag = message.toTag().isEmpty() ? InviteTransactions.newTag() : "";
        session.thenCompose(callId -> sink.textFromCaller(callId, text)).whenComplete((done, failure) -> {
            SipResponse response = failure == null ? SipResponse.to(message, 200, transport)
                    : SipResponse.to(message, 503, transport).warning("the text could not be recorded");
            responder.send(message, transport, response.toTag(toTag));
        });
    }

    private CompletableFuture<Long> openTextSession(SipMessage first, SipTransport transport) {
        CallDecoder.Decoded decoded = CallDecoder.decode(first, CallSource.TEXT, transport.describe(), List.of());
        try {
            return sink.offer(decoded.call());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Charset charset(String contentType) {
        try {
            return HeaderValues.mediaTypeParameter(contentType, "charset").map(Charset::forName)
                    .orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
