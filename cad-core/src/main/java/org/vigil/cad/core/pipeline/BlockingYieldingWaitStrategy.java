package org.vigil.cad.core.pipeline;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import com.lmax.disruptor.WaitStrategy;
import java.util.concurrent.locks.LockSupport;

/**
 * Blocks while the ring is empty, like Disruptor's BlockingWaitStrategy, but waits for the stage
 * ahead by spinning briefly and then yielding, where BlockingWaitStrategy spins without end. On two
 * cores the journal and publish stages would otherwise burn the CPU the engine stage needs.
 */
final class BlockingYieldingWaitStrategy implements WaitStrategy {
    private static final int SPINS_BEFORE_YIELDING = 100;
    private static final int YIELDS_BEFORE_PARKING = 20;
    private static final long PARK_NANOS = 1_000;

    private final Object mutex = new Object();

    @Override
    public long waitFor(long sequence, Sequence cursor, Sequence dependentSequence, SequenceBarrier barrier)
            throws AlertException, InterruptedException {
        if (cursor.get() < sequence) {
            synchronized (mutex) {
                while (cursor.get() < sequence) {
                    barrier.checkAlert();
                    mutex.wait();
                }
            }
        }
        long available;
        int tries = 0;
        while ((available = dependentSequence.get()) < sequence) {
            barrier.checkAlert();
            tries++;
            if (tries <= SPINS_BEFORE_YIELDING) {
                Thread.onSpinWait();
            } else if (tries <= SPINS_BEFORE_YIELDING + YIELDS_BEFORE_PARKING) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(PARK_NANOS);
            }
        }
        return available;
    }

    @Override
    public void signalAllWhenBlocking() {
        synchronized (mutex) {
            mutex.notifyAll();
        }
    }
}
