package org.vigil.cad.telephony.ali;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;

/**
 * One ALI connection: each frame becomes a call offered to the sink, and is answered ACK once the call is
 * journaled (NAK if it could not be, or if the frame was broken). Answers go out in frame order whatever
 * order the journal confirms in. At most {@code maxOutstanding} offers are in flight; at that point the
 * connection is not read until they drain below half, and frames already decoded wait their turn: the
 * sender is slowed, never dropped. Runs on the connection's event loop only.
 */
final class AliSpillHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(AliSpillHandler.class);

    private final AliRecordParser parser;
    private final CallSink sink;
    private final AliSpillMetrics metrics;
    private final int maxOutstanding;
    private final int resumeBelow;
    /** Every frame not yet answered, in the order received. */
    private final ArrayDeque<Pending> unanswered = new ArrayDeque<>();
    /** Frames whose call waits for room among the outstanding offers. */
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private int outstanding;
    private boolean paused;
    private boolean open = true;
    private ChannelHandlerContext ctx;

    AliSpillHandler(AliRecordParser parser, CallSink sink, AliSpillMetrics metrics, int maxOutstanding) {
        this.parser = parser;
        this.sink = sink;
        this.metrics = metrics;
        this.maxOutstanding = maxOutstanding;
        this.resumeBelow = Math.max(1, maxOutstanding / 2);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
    }

    @Override
    public void channelActive(ChannelHandlerContext context) {
        LOG.info("ALI spill connection from {}", context.channel().remoteAddress());
        context.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (message instanceof AliFrame frame) {
            accept(record(frame));
        } else if (message instanceof BrokenAliFrame broken) {
            accept(broken(broken));
        } else if (message instanceof StrayAliBytes stray) {
            // Counted in vigil.ali.discarded.bytes; a noisy line would flood the log at a higher level.
            metrics.discarded(stray.length());
            LOG.debug("ALI: bytes outside any STX..ETX frame discarded from {}: {}",
                    context.channel().remoteAddress(), stray);
        } else {
            context.fireChannelRead(message);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        // Calls still waiting are offered as room frees up; only their answers have nowhere to go.
        open = false;
        if (paused) {
            paused = false;
            metrics.paused(false);
        }
        LOG.info("ALI spill connection from {} closed with {} frame(s) unanswered",
                context.channel().remoteAddress(), unanswered.size());
        context.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        LOG.warn("ALI spill connection from {} failed; closing it", context.channel().remoteAddress(), cause);
        context.close();
    }

    private Pending record(AliFrame frame) {
        InboundCall call = parser.parse(frame.bytes());
        metrics.recordRead(!call.malformed());
        if (call.malformed()) {
            LOG.info("ALI record for ANI '{}' read with problems {}", call.ani(), call.problems());
        }
        return new Pending(call, false);
    }

    private Pending broken(BrokenAliFrame frame) {
        metrics.brokenFrame();
        LOG.warn("ALI frame broken ({}), answering NAK: {}", frame.reason(), frame);
        return new Pending(frame.hasContent() ? callFromBrokenFrame(parser, frame) : null, true);
    }

    /** A 9-1-1 call is never lost to bad framing: the broken bytes are read as a record all the same. */
    static InboundCall callFromBrokenFrame(AliRecordParser parser, BrokenAliFrame frame) {
        InboundCall parsed = parser.parse(frame.bytes());
        List<String> problems = new ArrayList<>();
        problems.add("broken frame: " + frame.reason());
        problems.addAll(parsed.problems());
        return new InboundCall(parsed.source(), parsed.ani(), parsed.rebidKey(), parsed.classOfService(),
                parsed.callerName(), parsed.location(), parsed.fields(), parsed.rawInput(), problems);
    }

    private void accept(Pending pending) {
        unanswered.add(pending);
        if (pending.call == null) {
            pending.answer = AliBytes.NAK;
        } else {
            waiting.add(pending);
        }
        progress();
    }

    private void progress() {
        while (!waiting.isEmpty() && outstanding < maxOutstanding) {
            offer(waiting.poll());
        }
        writeAnswersInOrder();
        adjustReading();
    }

    private void offer(Pending pending) {
        outstanding++;
        metrics.offerStarted();
        CompletableFuture<Long> journaled;
        try {
            journaled = sink.offer(pending.call);
            if (journaled == null) {
                journaled = CompletableFuture.failedFuture(new IllegalStateException("the call sink gave no future"));
            }
        } catch (RuntimeException e) {
            journaled = CompletableFuture.failedFuture(e);
        }
        journaled.whenComplete((callId, error) -> onEventLoop(() -> settled(pending, error)));
    }

    /** Completions come from the journal's thread; the queues belong to the event loop. */
    private void onEventLoop(Runnable task) {
        try {
            ctx.executor().execute(task);
        } catch (RejectedExecutionException e) {
            LOG.warn("ALI: the event loop is shut down; an answer is not sent", e);
        }
    }

    private void settled(Pending pending, Throwable error) {
        outstanding--;
        metrics.offerSettled();
        if (error != null) {
            LOG.error("ALI call for ANI '{}' was not journaled; answering NAK. Raw record: {}",
                    pending.call.ani(), pending.call.rawInput(), error);
            pending.answer = AliBytes.NAK;
        } else {
            pending.answer = pending.brokenFrame ? AliBytes.NAK : AliBytes.ACK;
        }
        progress();
    }

    private void writeAnswersInOrder() {
        ByteBuf answers = null;
        while (!unanswered.isEmpty() && unanswered.peek().answer != 0) {
            byte answer = unanswered.poll().answer;
            if (answer == AliBytes.NAK) {
                metrics.nak();
            }
            if (answers == null) {
                answers = ctx.alloc().buffer();
            }
            answers.writeByte(answer);
        }
        if (answers != null) {
            ctx.writeAndFlush(answers).addListener(written -> {
                if (!written.isSuccess()) {
                    LOG.debug("ALI answers not delivered: {}", written.cause().toString());
                }
            });
        }
    }

    /** Stop reading at the limit; read again once the outstanding offers drain below half of it. */
    private void adjustReading() {
        if (!open) {
            return;
        }
        if (!paused && outstanding >= maxOutstanding) {
            paused = true;
            metrics.paused(true);
            ctx.channel().config().setAutoRead(false);
        } else if (paused && outstanding < resumeBelow && waiting.isEmpty()) {
            paused = false;
            metrics.paused(false);
            ctx.channel().config().setAutoRead(true);
        }
    }

    /** A frame awaiting its answer: ACK or NAK once set (0 while the journal has not answered). */
    private static final class Pending {
        final InboundCall call;
        final boolean brokenFrame;
        byte answer;

        Pending(InboundCall call, boolean brokenFrame) {
            this.call = call;
            this.brokenFrame = brokenFrame;
        }
    }
}
