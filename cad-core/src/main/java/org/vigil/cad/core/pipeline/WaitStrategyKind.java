package org.vigil.cad.core.pipeline;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;

/**
 * How the stages wait for work. Blocking is the default: on 2 cores the spinning kinds burn a core each.
 * {@link #BLOCKING_SPIN} is Disruptor's own blocking strategy, which spins while a stage waits for the
 * stage ahead of it; {@link #BLOCKING} yields there instead.
 */
public enum WaitStrategyKind {
    BLOCKING,
    BLOCKING_SPIN,
    SLEEPING,
    YIELDING,
    BUSY_SPIN;

    public WaitStrategy create() {
        return switch (this) {
            case BLOCKING -> new BlockingYieldingWaitStrategy();
            case BLOCKING_SPIN -> new BlockingWaitStrategy();
            case SLEEPING -> new SleepingWaitStrategy();
            case YIELDING -> new YieldingWaitStrategy();
            case BUSY_SPIN -> new BusySpinWaitStrategy();
        };
    }
}
