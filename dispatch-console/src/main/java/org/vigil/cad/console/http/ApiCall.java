package org.vigil.cad.console.http;

import java.util.Map;
import org.vigil.cad.console.Session;
import org.vigil.cad.core.gateway.Operator;

/** A routed request: the request, the caller's session (null on public routes) and the path's parameters. */
public record ApiCall(ApiRequest request, Session session, Map<String, String> pathParams) {

    public ApiCall {
        pathParams = Map.copyOf(pathParams);
    }

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no parameter {" + name + "}");
        }
        return value;
    }

    public byte[] body() {
        return request.body();
    }

    /** Who the command is journaled as: the session's user at the session's position. */
    public Operator operator() {
        return session.operator();
    }
}
