package org.vigil.cad.console.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Netty's aggregator, but a body over the limit is answered with the API's JSON error. Like Netty's own,
 * it keeps a keep-alive connection open and discards the rest of the body; otherwise it closes.
 */
final class BodyLimitAggregator extends HttpObjectAggregator {
    private final JsonCodec json;
    private final MeterRegistry metrics;

    BodyLimitAggregator(int maxBodyBytes, JsonCodec json, MeterRegistry metrics) {
        super(maxBodyBytes);
        this.json = json;
        this.metrics = metrics;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) throws Exception {
        if (!(oversized instanceof HttpRequest)) {
            super.handleOversizedMessage(ctx, oversized);
            return;
        }
        boolean close = oversized instanceof FullHttpMessage || !ctx.channel().config().isAutoRead()
                || (!HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized));
        ApiResponse tooLarge = json.error(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "payload_too_large",
                "the request body is larger than " + maxContentLength() + " bytes");
        HttpApiHandler.countResponse(metrics, tooLarge);
        ctx.writeAndFlush(NettyResponses.toNetty(tooLarge, ctx.alloc(), close))
                .addListener(close ? ChannelFutureListener.CLOSE : ChannelFutureListener.CLOSE_ON_FAILURE);
    }
}
