package org.vigil.cad.core.pipeline;

import com.lmax.disruptor.EventHandler;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.Journal;

/**
 * Stage 2: appends each slot's events; in sync mode the journal forces the batch at its end, before
 * stage 3 may see any of it. A journal that cannot write fails the pipeline: nothing unjournaled is
 * ever published, and producers are refused from then on rather than left waiting.
 */
final class JournalStage implements EventHandler<CommandSlot> {
    private static final Logger LOG = LoggerFactory.getLogger(JournalStage.class);

    private final Journal journal;
    private final PipelineHealth health;

    JournalStage(Journal journal, PipelineHealth health) {
        this.journal = journal;
        this.health = health;
    }

    @Override
    public void onEvent(CommandSlot slot, long sequence, boolean endOfBatch) {
        if (health.isFailed()) {
            slot.fail(new PipelineFailedException(health.failureReason()));
        } else {
            try {
                append(slot);
                if (endOfBatch) {
                    journal.endOfBatch();
                }
            } catch (RuntimeException | Error e) {
                if (health.fail("journal: " + e)) {
                    LOG.error("ALARM: the journal cannot write; the pipeline refuses commands from now on", e);
                }
                slot.fail(e);
            }
        }
    }

    private void append(CommandSlot slot) {
        if (slot.snapshot() != null) {
            slot.snapshot().journalIndex(journal.lastIndex());
            return;
        }
        if (slot.query() != null) {
            return;
        }
        List<Event> events = slot.events();
        String user = slot.operator().user();
        String position = slot.operator().position();
        for (int i = 0; i < events.size(); i++) {
            slot.journaled(i, journal.append(slot.atMicros(), user, position, events.get(i)));
        }
    }
}
