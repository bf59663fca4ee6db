package org.vigil.cad.console.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One per connection. Hands each request to the {@link ApiGate} and writes the answer when its future
 * completes, on this channel's event loop; it never waits. Requests pipelined on one connection are
 * answered in order: the next one starts only after the previous answer is written.
 */
final class HttpApiHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApiHandler.class);

    private final ApiGate gate;
    private final JsonCodec json;
    private final Duration requestTimeout;
    private final MeterRegistry metrics;
    private final Deque<FullHttpRequest> waiting = new ArrayDeque<>();
    private boolean busy;

    HttpApiHandler(ApiGate gate, JsonCodec json, Duration requestTimeout, MeterRegistry metrics) {
        this.gate = gate;
        this.json = json;
        this.requestTimeout = requestTimeout;
        this.metrics = metrics;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (busy) {
            waiting.add(request.retain());
            ctx.channel().config().setAutoRead(false);
            return;
        }
        serve(ctx, request);
    }

    private void serve(ChannelHandlerContext ctx, FullHttpRequest request) {
        busy = true;
        if (!request.decoderResult().isSuccess()) {
            ApiResponse broken = json.error(HttpResponseStatus.BAD_REQUEST, "bad_request",
                    "malformed HTTP request: " + request.decoderResult().cause());
            write(ctx, broken, true);
            return;
        }
        ApiRequest copy = ApiRequest.from(request);
        CompletableFuture<ApiResponse> reply = new CompletableFuture<>();
        // Completing the reply first wins: a late answer from the pipeline is then dropped.
        ScheduledFuture<?> timer = ctx.executor().schedule(() -> reply.complete(timedOut()),
                requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
        gate.serve(copy).whenComplete((response, never) -> reply.complete(response));
        reply.whenComplete((response, never) -> {
            timer.cancel(false);
            if (ctx.executor().inEventLoop()) {
                write(ctx, response, false);
            } else {
                ctx.executor().execute(() -> write(ctx, response, false));
            }
        });
    }

    private ApiResponse timedOut() {
        return json.error(HttpResponseStatus.SERVICE_UNAVAILABLE, "timeout",
                "no answer within " + requestTimeout.toMillis() + " ms; the command may still have been taken:"
                        + " check the incident or unit before repeating it");
    }

    private void write(ChannelHandlerContext ctx, ApiResponse response, boolean closeAfter) {
        countResponse(metrics, response);
        ctx.writeAndFlush(NettyResponses.toNetty(response, ctx.alloc(), closeAfter)).addListener(written -> {
            if (!written.isSuccess() || closeAfter) {
                ctx.close();
                return;
            }
            busy = false;
            FullHttpRequest next = waiting.poll();
            if (next == null) {
                ctx.channel().config().setAutoRead(true);
                return;
            }
            try {
                serve(ctx, next);
            } finally {
                next.release();
            }
        });
    }

    static void countResponse(MeterRegistry metrics, ApiResponse response) {
        metrics.counter("vigil.http.responses", "status", Integer.toString(response.status().code())).increment();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        waiting.forEach(FullHttpRequest::release);
        waiting.clear();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing console connection {} after an error", ctx.channel().remoteAddress(), cause);
        ctx.close();
    }
}
