package org.vigil.cad.console.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;

/** A complete answer, ready to be written: status, content type, body bytes and any extra headers. */
public record ApiResponse(HttpResponseStatus status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String JSON = "application/json; charset=utf-8";

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse of(HttpResponseStatus status, String contentType, byte[] body) {
        return new ApiResponse(status, contentType, body, Map.of());
    }
}
