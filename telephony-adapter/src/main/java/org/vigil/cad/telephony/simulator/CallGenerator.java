package org.vigil.cad.telephony.simulator;

import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Plays calls onto a running Vigil's real ports at a fixed rate: ALI spills over persistent TCP links, NG9-1-1
 * INVITEs over UDP. Open loop: call n goes out at start + n/rate whatever became of the calls before it, so a slow
 * answer never delays the next call (a late loop catches up at once). It runs on one event loop of the group its
 * caller owns and starts no thread; the run ends when every call is answered and hung up, or when the drain
 * timeout after the last call runs out, and then closes its sockets.
 */
public final class CallGenerator {
    private final EventLoop loop;
    private final GeneratorSettings settings;
    private final CallScript script;
    private final LongSupplier nanoClock;
    private final GeneratorCounters counters = new GeneratorCounters();
    private final CompletableFuture<GeneratorReport> result = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final List<AliLink> aliLinks = new ArrayList<>();
    private final SipAgent sip;
    private Iterator<SyntheticCall> calls;
    private long startNanos;
    private long sent;
    private long unfinished;
    private boolean allSent;
    private boolean ending;
    private ScheduledFuture<?> drain;

    /**
     * @param group     NIO event loops; the generator uses one of them
     * @param settings  where to, how fast, how many
     * @param script    the calls to play
     * @param nanoClock the pacing clock, in nanoseconds ({@code System::nanoTime})
     */
    public CallGenerator(EventLoopGroup group, GeneratorSettings settings, CallScript script, LongSupplier nanoClock) {
        this.loop = group.next();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.script = Objects.requireNonNull(script, "script");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.sip = new SipAgent(counters, settings, this::callFinished);
        for (int i = 0; i < settings.aliConnections(); i++) {
            aliLinks.add(new AliLink(counters, this::callFinished));
        }
    }

    /**
     * Connects, plays the calls and completes with the final counts; completes exceptionally if a link cannot
     * be opened or the script fails. Once only.
     */
    public CompletableFuture<GeneratorReport> run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a call generator runs once");
        }
        loop.execute(this::connect);
        return result;
    }

    /** The counts so far; from any thread. */
    public GeneratorReport progress() {
        return counters.report();
    }

    private void connect() {
        List<ChannelFuture> opening = new ArrayList<>();
        opening.add(sip.open(loop));
        for (AliLink link : aliLinks) {
            opening.add(link.connect(loop, settings.host(), settings.aliPort()));
        }
        int[] pending = {opening.size()};
        for (ChannelFuture future : opening) {
            future.addListener(done -> {
                if (!done.isSuccess() && !ending) {
                    fail(new IOException("cannot reach Vigil at " + settings.host() + " (ALI tcp/" + settings.aliPort()
                            + ", SIP udp/" + settings.sipPort() + "): " + done.cause().getMessage(), done.cause()));
                } else if (--pending[0] == 0 && !ending) {
                    begin();
                }
            });
        }
    }

    private void begin() {
        try {
            calls = script.calls(sip.writer());
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        startNanos = nanoClock.getAsLong();
        sendDue();
    }

    /** Sends every call whose time has come, then waits on the loop for the next one's. */
    private void sendDue() {
        if (ending) {
            return;
        }
        long elapsed = nanoClock.getAsLong() - startNanos;
        try {
            while (sent < settings.calls() && dueNanos(sent) <= elapsed) {
                send(calls.next());
                sent++;
            }
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        if (sent < settings.calls()) {
            loop.schedule(this::sendDue, dueNanos(sent) - elapsed, TimeUnit.NANOSECONDS);
        } else {
            allSent = true;
            if (unfinished == 0) {
                end();
            } else {
                drain = loop.schedule(this::end, settings.sipHold().plus(settings.drainTimeout()).toNanos(),
                        TimeUnit.NANOSECONDS);
            }
        }
    }

    private long dueNanos(long call) {
        return Math.round(call * 1e9 / settings.callsPerSecond());
    }

    private void send(SyntheticCall call) {
        counters.callsSent.incrementAndGet();
        unfinished++;
        if (call instanceof SyntheticCall.SipCall sipCall) {
            sip.place(sipCall);
        } else if (aliLinks.isEmpty()) {
            throw new IllegalStateException("an ALI call to send, and no ALI connection to send it on");
        } else {
            // A caller's records keep to one link, so a rebid reaches Vigil after the call it updates.
            aliLinks.get(Math.floorMod(call.rebidKey().hashCode(), aliLinks.size())).send(call);
        }
    }

    private void callFinished() {
        unfinished--;
        if (allSent && unfinished == 0) {
            end();
        }
    }

    private void fail(Throwable cause) {
        if (!ending) {
            close().addListener(closed -> result.completeExceptionally(cause));
        }
    }

    private void end() {
        if (!ending) {
            close().addListener(closed -> result.complete(counters.report()));
        }
    }

    /** Closes every socket; the returned future completes when they are all closed. */
    private Future<Void> close() {
        Promise<Void> closed = loop.newPromise();
        ending = true;
        if (drain != null) {
            drain.cancel(false);
        }
        List<ChannelFuture> closing = new ArrayList<>();
        closing.add(sip.close());
        aliLinks.forEach(link -> closing.add(link.close()));
        int[] pending = {closing.size()};
        closing.forEach(future -> future.addListener(done -> {
            if (--pending[0] == 0) {
                closed.setSuccess(null);
            }
        }));
        return closed;
    }
}
