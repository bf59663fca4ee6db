package org.vigil.cad.console.api;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.console.board.CallBoard;
import org.vigil.cad.console.http.ApiCall;
import org.vigil.cad.console.http.ApiException;
import org.vigil.cad.console.http.ApiResponse;
import org.vigil.cad.console.http.JsonCodec;
import org.vigil.cad.core.domain.CallState;

/** The calls a call-taker works: ringing (9-1-1 ahead of admin lines), answered, and the abandoned callback list. */
final class CallApi {
    private final CallBoard board;
    private final JsonCodec json;

    CallApi(CallBoard board, JsonCodec json) {
        this.board = board;
        this.json = json;
    }

    CompletableFuture<ApiResponse> list(ApiCall call) {
        List<String> states = call.request().query().getOrDefault("state", List.of());
        CallState state = states.isEmpty() || states.get(0).isBlank() ? null : parse(states.get(0));
        return CompletableFuture.completedFuture(
                json.response(HttpResponseStatus.OK, Map.of("calls", board.calls(state))));
    }

    private static CallState parse(String text) {
        try {
            return CallState.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("state must be one of ringing, answered, abandoned, released, transferred, not '"
                    + text + "'");
        }
    }
}
