package org.vigil.cad.console.api;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.console.JournalPosition;
import org.vigil.cad.console.http.ApiCall;
import org.vigil.cad.console.http.ApiResponse;
import org.vigil.cad.console.http.JsonCodec;
import org.vigil.cad.core.pipeline.CommandPipeline;

/** Supervisor and administrator checks on the engine itself. */
final class AdminApi {
    private final CommandPipeline pipeline;
    private final CommandExchange commands;
    private final JournalPosition journalPosition;
    private final JsonCodec json;

    AdminApi(CommandPipeline pipeline, CommandExchange commands, JournalPosition journalPosition, JsonCodec json) {
        this.pipeline = pipeline;
        this.commands = commands;
        this.journalPosition = journalPosition;
        this.json = json;
    }

    /**
     * The engine's state hash once everything before the request is journaled, with the journal index it
     * covers. The index is read as the answer is published, which is exact unless the answer was already
     * complete before this callback was attached (then it may be a little later than the hash).
     */
    CompletableFuture<ApiResponse> stateHash(ApiCall call) {
        return commands.unlessFailed(pipeline.stateHash()).thenApply(hash -> json.response(HttpResponseStatus.OK, json.object()
                .put("stateHash", String.format("%016x", hash))
                .put("lastIndex", journalPosition.lastIndex())));
    }
}
