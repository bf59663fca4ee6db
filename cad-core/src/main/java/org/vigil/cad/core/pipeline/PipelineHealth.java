package org.vigil.cad.core.pipeline;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the pipeline can still journal. Once a stage fails for good (the journal cannot write),
 * producers are refused at once instead of queueing work that would never be acknowledged.
 */
public final class PipelineHealth {
    private final AtomicReference<String> failure = new AtomicReference<>();

    public boolean isFailed() {
        return failure.get() != null;
    }

    /** Why the pipeline failed, or null while it is healthy. */
    public String failureReason() {
        return failure.get();
    }

    /** Records the first failure; returns true if this call was the one that recorded it. */
    boolean fail(String reason) {
        return failure.compareAndSet(null, reason);
    }
}
