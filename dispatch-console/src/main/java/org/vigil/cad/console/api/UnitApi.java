package org.vigil.cad.console.api;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.console.http.ApiCall;
import org.vigil.cad.console.http.ApiResponse;
import org.vigil.cad.console.http.JsonCodec;

/** The unit board's commands: register a unit, change its status, report its position. */
final class UnitApi {
    private final CommandExchange commands;
    private final JsonCodec json;

    UnitApi(CommandExchange commands, JsonCodec json) {
        this.commands = commands;
        this.json = json;
    }

    CompletableFuture<ApiResponse> register(ApiCall call) {
        Requests.RegisterUnit request = json.read(call.body(), Requests.RegisterUnit.class);
        return commands.exchange(request.toCommand(), call, HttpResponseStatus.CREATED);
    }

    CompletableFuture<ApiResponse> changeStatus(ApiCall call) {
        Requests.UnitStatusChange request = json.read(call.body(), Requests.UnitStatusChange.class);
        return commands.exchange(request.toCommand(call.pathParam("id")), call, HttpResponseStatus.OK);
    }

    CompletableFuture<ApiResponse> reportPosition(ApiCall call) {
        Requests.UnitPosition request = json.read(call.body(), Requests.UnitPosition.class);
        return commands.exchange(request.toCommand(call.pathParam("id")), call, HttpResponseStatus.OK);
    }
}
