package org.vigil.cad.console.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the route for a method and path: 404 when no pattern fits the path, 405 when only the method is wrong. */
public final class Router {
    private final List<Route> routes = new ArrayList<>();

    public Router get(String pattern, Access access, ApiHandler handler) {
        return add(HttpMethod.GET, pattern, access, handler);
    }

    public Router post(String pattern, Access access, ApiHandler handler) {
        return add(HttpMethod.POST, pattern, access, handler);
    }

    public Router add(HttpMethod method, String pattern, Access access, ApiHandler handler) {
        routes.add(new Route(method, Route.segments(pattern), access, handler));
        return this;
    }

    /** A route that fits, with its bound path parameters. */
    record Match(Route route, Map<String, String> params) {
    }

    Match match(HttpMethod method, String rawPath) {
        List<String> segments = Route.segments(rawPath);
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Map<String, String> params = route.bind(segments);
            if (params == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Match(route, params);
            }
            allowed.add(route.method().name());
        }
        if (allowed.isEmpty()) {
            throw new ApiException(HttpResponseStatus.NOT_FOUND, "not_found", "no endpoint " + rawPath);
        }
        String allow = String.join(", ", allowed);
        throw new ApiException(HttpResponseStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                method.name() + " is not allowed on " + rawPath + "; use " + allow,
                Map.of(HttpHeaderNames.ALLOW.toString(), allow));
    }
}
