package org.vigil.cad.console.http;

import java.util.concurrent.CompletableFuture;

/**
 * Serves one route. It may throw {@link ApiException} or complete exceptionally with one; it must not
 * block, since it runs on an event loop.
 */
@FunctionalInterface
public interface ApiHandler {
    CompletableFuture<ApiResponse> handle(ApiCall call);
}
