package org.vigil.cad.core.journal;

import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;

/** Reads a {@link ChronicleJournal} with a Chronicle tailer, one document per event. */
final class ChronicleJournalReader implements JournalReader {
    private final ExcerptTailer tailer;

    ChronicleJournalReader(ExcerptTailer tailer) {
        this.tailer = tailer;
    }

    /**
     * @throws IllegalStateException when the next document cannot be read; the reader stays on it, so
     *                               every later call refuses it again instead of skipping an event
     */
    @Override
    public JournaledEvent next() {
        try (DocumentContext document = tailer.readingDocument()) {
            if (!document.isPresent()) {
                return null;
            }
            try {
                return EventCodec.read(document.wire().bytes(), document.index());
            } catch (RuntimeException e) {
                document.rollbackOnClose();
                throw e;
            }
        }
    }

    @Override
    public void close() {
        tailer.close();
    }
}
