package org.vigil.cad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.engine.EventSink;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.gateway.Operator;

/**
 * The engine alone, decide and apply, for the two commands that dominate a dispatch floor's traffic:
 * unit status changes and AVL fixes. Commands are pre-built and the events go to a reused list, as in
 * a ring slot, so {@code -prof gc} shows what the engine itself allocates per command.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(2)
public class EngineAllocationBenchmark {
    private final List<Event> slot = new ArrayList<>(8);
    private final EventSink sink = slot::add;
    private final SteppingClock clock = new SteppingClock();
    private DispatchEngine engine;
    private Command[] statusRound;
    private Command[] avlFixes;
    private int nextStatus;
    private int nextFix;

    @Setup(Level.Trial)
    public void rosterTheEngine() {
        engine = new DispatchEngine(EngineConfig.defaults());
        DispatchMix.roster(this::decide);
        statusRound = UnitCommands.statusRound();
        avlFixes = UnitCommands.avlFixes(10_000);
    }

    @Benchmark
    public int statusChange() {
        Command command = statusRound[nextStatus];
        nextStatus = nextStatus + 1 == statusRound.length ? 0 : nextStatus + 1;
        return decide(command, DispatchMix.DISPATCHER);
    }

    @Benchmark
    public int avlFix() {
        Command command = avlFixes[nextFix];
        nextFix = nextFix + 1 == avlFixes.length ? 0 : nextFix + 1;
        return decide(command, DispatchMix.AVL_FEED);
    }

    @TearDown(Level.Trial)
    public void checkNothingRefused() {
        MixProfile.requireNoRejections(engine, "the engine allocation benchmark");
    }

    private int decide(Command command, Operator operator) {
        slot.clear();
        engine.decide(command, clock.nowMicros(), operator.user(), operator.position(), sink);
        return slot.size();
    }
}
