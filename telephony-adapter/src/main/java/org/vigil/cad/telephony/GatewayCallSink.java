package org.vigil.cad.telephony;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.gateway.Operator;
import org.vigil.cad.core.journal.JournaledEvent;
import org.vigil.cad.core.pipeline.CommandGateway;
import org.vigil.cad.core.pipeline.CommandResult;

/** The telephony side of the command gateway: every call input becomes a command, stamped as the system's. */
public final class GatewayCallSink implements CallSink, CallControl {
    /** Telephony commands are journaled as coming from the phone system, not from a person. */
    public static final Operator TELEPHONY = new Operator("telephony", "");

    private final CommandGateway gateway;

    public GatewayCallSink(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public CompletableFuture<Long> offer(InboundCall call) {
        Command.OfferCall offer = new Command.OfferCall(call.source(), call.ani(), call.rebidKey(),
                call.classOfService(), call.callerName(), call.location(), detailsOf(call), call.rawInput());
        return gateway.submit(offer, TELEPHONY).thenApply(GatewayCallSink::callIdOf);
    }

    @Override
    public CompletableFuture<Void> hungUp(long callId) {
        return gateway.submit(new Command.HangUp(callId), TELEPHONY).thenApply(GatewayCallSink::requireAccepted);
    }

    @Override
    public CompletableFuture<Void> textFromCaller(long callId, String text) {
        return gateway.submit(new Command.AddCallText(callId, true, text), TELEPHONY)
                .thenApply(GatewayCallSink::requireAccepted);
    }

    @Override
    public CompletableFuture<Void> answered(long callId, String position) {
        return gateway.submit(new Command.AnswerCall(callId), new Operator(TELEPHONY.user(), position))
                .thenApply(GatewayCallSink::requireAccepted);
    }

    @Override
    public CompletableFuture<Void> transferred(long callId, String agency) {
        return gateway.submit(new Command.TransferCall(callId, agency), TELEPHONY)
                .thenApply(GatewayCallSink::requireAccepted);
    }

    /** The decode problems travel with the call, so the call-taker sees why a field is missing. */
    private static Map<String, String> detailsOf(InboundCall call) {
        if (call.problems().isEmpty()) {
            return call.fields();
        }
        Map<String, String> details = new LinkedHashMap<>(call.fields());
        details.put("problems", String.join("; ", call.problems()));
        return details;
    }

    private static long callIdOf(CommandResult result) {
        for (JournaledEvent e : result.events()) {
            if (e.event() instanceof Event.CallOffered offered) {
                return offered.callId();
            }
            if (e.event() instanceof Event.CallLocationUpdated rebid) {
                return rebid.callId();
            }
        }
        throw new TelephonyRefusedException(result);
    }

    private static Void requireAccepted(CommandResult result) {
        if (!result.accepted()) {
            throw new TelephonyRefusedException(result);
        }
        return null;
    }
}
