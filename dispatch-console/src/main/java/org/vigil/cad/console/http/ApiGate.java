package org.vigil.cad.console.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.console.Session;
import org.vigil.cad.console.Sessions;
import org.vigil.cad.core.pipeline.PipelineFailedException;

/**
 * Every request passes here: find the route, check the session and role, run the handler, and turn
 * any failure into a JSON error. The future it returns always completes normally.
 */
public final class ApiGate {
    private static final Logger LOG = LoggerFactory.getLogger(ApiGate.class);
    private static final Map<String, String> CHALLENGE = Map.of(HttpHeaderNames.WWW_AUTHENTICATE.toString(), "Bearer");

    private final Router router;
    private final Sessions sessions;
    private final JsonCodec json;

    public ApiGate(Router router, Sessions sessions, JsonCodec json) {
        this.router = router;
        this.sessions = sessions;
        this.json = json;
    }

    public CompletableFuture<ApiResponse> serve(ApiRequest request) {
        CompletableFuture<ApiResponse> answer;
        try {
            Router.Match match = router.match(request.method(), request.rawPath());
            Session session = authorize(match.route().access(), request);
            answer = match.route().handler().handle(new ApiCall(request, session, match.params()));
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.handle((response, failure) -> failure == null ? response : errorResponse(request, failure));
    }

    private Session authorize(Access access, ApiRequest request) {
        if (!access.needsSession()) {
            return null;
        }
        String token = request.bearerToken();
        if (token == null) {
            throw new ApiException(HttpResponseStatus.UNAUTHORIZED, "unauthorized",
                    "log in first: send Authorization: Bearer <token> from POST /api/login", CHALLENGE);
        }
        Session session = sessions.touch(token).orElseThrow(() -> new ApiException(HttpResponseStatus.UNAUTHORIZED,
                "unauthorized", "the session is unknown or has expired; log in again", CHALLENGE));
        if (!access.admits(session.role())) {
            throw new ApiException(HttpResponseStatus.FORBIDDEN, "forbidden",
                    "a " + session.role().wireName() + " may not " + request.method() + " " + request.rawPath());
        }
        return session;
    }

    /** Public so the channel handler can answer failures that happen before routing the same way. */
    public ApiResponse errorResponse(ApiRequest request, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ApiException api) {
            return json.error(api.status(), api.error(), api.detail(), api.headers());
        }
        if (cause instanceof PipelineFailedException down) {
            return json.error(HttpResponseStatus.SERVICE_UNAVAILABLE, "unavailable", down.getMessage());
        }
        LOG.error("unexpected failure serving {} {}", request.method(), request.rawPath(), cause);
        return json.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "unexpected server error (" + cause.getClass().getSimpleName() + "); see the server log");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
