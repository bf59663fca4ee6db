package org.vigil.cad.console.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Map;

/**
 * A request copied out of Netty's buffers, so it can outlive the channel read that produced it.
 *
 * @param rawPath     the path as sent, still percent-encoded, so that an encoded slash stays inside its segment
 * @param bearerToken the token of an {@code Authorization: Bearer} header, or null
 */
public record ApiRequest(HttpMethod method, String rawPath, Map<String, List<String>> query, String bearerToken,
                         byte[] body) {
    private static final String BEARER = "Bearer ";

    public ApiRequest {
        query = Map.copyOf(query);
    }

    public static ApiRequest from(FullHttpRequest request) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        return new ApiRequest(request.method(), uri.rawPath(), uri.parameters(),
                bearerToken(request.headers().get(HttpHeaderNames.AUTHORIZATION)),
                ByteBufUtil.getBytes(request.content()));
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }
}
