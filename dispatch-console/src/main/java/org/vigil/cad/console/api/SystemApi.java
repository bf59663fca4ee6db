package org.vigil.cad.console.api;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.console.http.ApiCall;
import org.vigil.cad.console.http.ApiResponse;
import org.vigil.cad.console.http.JsonCodec;
import org.vigil.cad.core.pipeline.PipelineHealth;

/** Liveness for load balancers and monitoring, and the Prometheus scrape. */
final class SystemApi {
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PipelineHealth health;
    private final PrometheusMeterRegistry metrics;
    private final JsonCodec json;

    SystemApi(PipelineHealth health, PrometheusMeterRegistry metrics, JsonCodec json) {
        this.health = health;
        this.metrics = metrics;
        this.json = json;
    }

    CompletableFuture<ApiResponse> health(ApiCall call) {
        if (health.isFailed()) {
            return CompletableFuture.completedFuture(json.response(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    json.object().put("status", "DOWN").put("reason", health.failureReason())));
        }
        return CompletableFuture.completedFuture(json.response(HttpResponseStatus.OK, json.object().put("status", "UP")));
    }

    CompletableFuture<ApiResponse> metrics(ApiCall call) {
        byte[] text = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        return CompletableFuture.completedFuture(ApiResponse.of(HttpResponseStatus.OK, PROMETHEUS_TEXT, text));
    }
}
