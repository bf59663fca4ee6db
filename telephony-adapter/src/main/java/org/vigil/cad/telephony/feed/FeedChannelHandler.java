package org.vigil.cad.telephony.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import java.util.concurrent.CompletableFuture;

/**
 * One feed connection: answers every line, in the order the lines came, once what it caused is
 * journaled; stops reading while too many answers are outstanding (back-pressure, never dropping).
 */
final class FeedChannelHandler extends SimpleChannelInboundHandler<String> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FeedRouter router;
    private final int maxOutstanding;
    private CompletableFuture<Void> previousReply = CompletableFuture.completedFuture(null);
    private int outstanding;

    FeedChannelHandler(FeedRouter router, int maxOutstanding) {
        this.router = router;
        this.maxOutstanding = maxOutstanding;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String line) {
        if (line.isBlank()) {
            return;
        }
        if (++outstanding >= maxOutstanding) {
            ctx.channel().config().setAutoRead(false);
        }
        CompletableFuture<FeedReply> reply = router.route(line);
        // Always hand the write to the event loop's queue, even when already on it: a write done inline
        // would overtake earlier answers still queued from the pipeline's thread.
        previousReply = previousReply.thenCompose(v -> reply)
                .thenAccept(r -> ctx.executor().execute(() -> replied(ctx, r)));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            ctx.writeAndFlush(encode(FeedReply.refused("too_long", cause.getMessage())));
        } else {
            ctx.close();
        }
    }

    private void replied(ChannelHandlerContext ctx, FeedReply reply) {
        ctx.writeAndFlush(encode(reply));
        if (--outstanding <= maxOutstanding / 2 && !ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    private static String encode(FeedReply reply) {
        ObjectNode json = JSON.createObjectNode().put("ok", reply.ok());
        if (reply.callId() > 0) {
            json.put("callId", reply.callId());
        }
        if (!reply.ok()) {
            json.put("error", reply.error()).put("detail", reply.detail());
        }
        return json + "\n";
    }
}
