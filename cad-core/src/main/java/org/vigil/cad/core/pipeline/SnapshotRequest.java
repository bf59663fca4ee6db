package org.vigil.cad.core.pipeline;

import java.util.concurrent.CompletableFuture;

/** A snapshot travelling through the ring: captured by the engine stage, indexed by the journal stage. */
final class SnapshotRequest {
    private final CompletableFuture<Long> done = new CompletableFuture<>();
    private byte[] captured;
    private long journalIndex;

    CompletableFuture<Long> done() {
        return done;
    }

    byte[] captured() {
        return captured;
    }

    void captured(byte[] bytes) {
        this.captured = bytes;
    }

    long journalIndex() {
        return journalIndex;
    }

    void journalIndex(long index) {
        this.journalIndex = index;
    }
}
