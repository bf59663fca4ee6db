package org.vigil.cad.console;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.Journal;
import org.vigil.cad.core.journal.JournalReader;

/** Fault injection for the console's handling of a pipeline in trouble. */
final class TroubledJournals {
    private TroubledJournals() {
    }

    /** The disk is gone: every append fails, so the pipeline fails for good. */
    static Journal broken() {
        return new Base() {
            @Override
            public long append(long atMicros, String operator, String position, Event event) {
                throw new IllegalStateException("disk full (injected)");
            }
        };
    }

    /** Appends hang until {@link Stuck#release()}: the pipeline takes commands but never answers. */
    static final class Stuck extends Base {
        private final CountDownLatch released = new CountDownLatch(1);
        private long next;

        @Override
        public long append(long atMicros, String operator, String position, Event event) {
            try {
                if (!released.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("stuck journal was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return next++;
        }

        void release() {
            released.countDown();
        }
    }

    private abstract static class Base implements Journal {
        @Override
        public void endOfBatch() {
        }

        @Override
        public long lastIndex() {
            return NO_INDEX;
        }

        @Override
        public JournalReader readAfter(long afterIndex) {
            throw new UnsupportedOperationException("not read in these tests");
        }

        @Override
        public void close() {
        }
    }
}
