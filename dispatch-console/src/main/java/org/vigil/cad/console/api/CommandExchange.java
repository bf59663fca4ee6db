package org.vigil.cad.console.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.vigil.cad.console.http.ApiCall;
import org.vigil.cad.console.http.ApiResponse;
import org.vigil.cad.console.http.JsonCodec;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;
import org.vigil.cad.core.journal.JournaledEvent;
import org.vigil.cad.core.pipeline.CommandGateway;
import org.vigil.cad.core.pipeline.CommandResult;
import org.vigil.cad.core.pipeline.PipelineFailedException;
import org.vigil.cad.core.pipeline.PipelineHealth;

/**
 * Sends a caller's command through the gateway as the session's operator, and turns the journaled
 * result into an answer: the events when accepted, the engine's reason and detail when refused.
 */
final class CommandExchange {
    private final CommandGateway gateway;
    private final PipelineHealth health;
    private final JsonCodec json;

    CommandExchange(CommandGateway gateway, PipelineHealth health, JsonCodec json) {
        this.gateway = gateway;
        this.health = health;
        this.json = json;
    }

    CompletableFuture<CommandResult> submit(Command command, ApiCall call) {
        return unlessFailed(gateway.submit(command, call.operator()));
    }

    /**
     * A command or query that the journal could not take fails with the journal's own exception; once
     * the pipeline is marked failed, that is reported as the pipeline being down (503), not as a bug (500).
     */
    <T> CompletableFuture<T> unlessFailed(CompletableFuture<T> pending) {
        return pending.handle((value, failure) -> {
            if (failure == null) {
                return value;
            }
            if (health.isFailed()) {
                throw new PipelineFailedException(health.failureReason());
            }
            throw failure instanceof CompletionException done ? done : new CompletionException(failure);
        });
    }

    /** Submits and answers {@code okStatus} with {@code {"accepted": true, "events": [...]}}, or the refusal. */
    CompletableFuture<ApiResponse> exchange(Command command, ApiCall call, HttpResponseStatus okStatus) {
        return submit(command, call).thenApply(result -> reply(result, okStatus));
    }

    ApiResponse reply(CommandResult result, HttpResponseStatus okStatus) {
        return result.accepted() ? json.response(okStatus, accepted(result)) : refused(result);
    }

    ObjectNode accepted(CommandResult result) {
        ObjectNode body = json.object().put("accepted", true);
        body.set("events", json.events(result.events()));
        return body;
    }

    ApiResponse refused(CommandResult result) {
        JournaledEvent rejection = rejectionOf(result);
        Event.CommandRejected rejected = (Event.CommandRejected) rejection.event();
        return json.response(statusOf(rejected.reason()), refusal(rejection));
    }

    /** {@code {"error": REASON, "detail": ..., "index": n}}: the refusal, and where the journal holds it. */
    ObjectNode refusal(JournaledEvent rejection) {
        Event.CommandRejected rejected = (Event.CommandRejected) rejection.event();
        return json.object()
                .put("error", rejected.reason().name())
                .put("detail", rejected.detail())
                .put("index", rejection.index());
    }

    static JournaledEvent rejectionOf(CommandResult result) {
        for (JournaledEvent e : result.events()) {
            if (e.event() instanceof Event.CommandRejected) {
                return e;
            }
        }
        throw new IllegalArgumentException("the command was accepted");
    }

    /** Unknown things are 404, bad values 422, everything the current state forbids 409. */
    static HttpResponseStatus statusOf(RejectReason reason) {
        return switch (reason) {
            case UNKNOWN_UNIT, UNKNOWN_INCIDENT, UNKNOWN_CALL -> HttpResponseStatus.NOT_FOUND;
            case INVALID_INPUT -> HttpResponseStatus.UNPROCESSABLE_ENTITY;
            case INTERNAL_ERROR -> HttpResponseStatus.INTERNAL_SERVER_ERROR;
            case DUPLICATE_UNIT, ILLEGAL_TRANSITION, UNIT_NOT_AVAILABLE, INCIDENT_CLOSED, INCIDENT_NOT_CLOSED,
                    CALL_NOT_RINGING, CALL_NOT_ANSWERED, CALL_ENDED, NUMBERING_EXHAUSTED -> HttpResponseStatus.CONFLICT;
        };
    }
}
