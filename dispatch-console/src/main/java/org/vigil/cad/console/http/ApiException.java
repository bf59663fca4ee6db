package org.vigil.cad.console.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;

/** A request that cannot be served, answered as {@code {"error": ..., "detail": ...}} with a 4xx or 5xx status. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient HttpResponseStatus status;
    private final String error;
    private final transient Map<String, String> headers;

    public ApiException(HttpResponseStatus status, String error, String detail) {
        this(status, error, detail, Map.of());
    }

    public ApiException(HttpResponseStatus status, String error, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpResponseStatus.BAD_REQUEST, "bad_request", detail);
    }

    public HttpResponseStatus status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, String> headers() {
        return headers;
    }
}
