package org.vigil.cad.console;

import org.vigil.cad.core.journal.JournaledEvent;
import org.vigil.cad.core.pipeline.PublishListener;

/**
 * The index of the last event the pipeline published. The assembly registers it as a publish listener,
 * seeded with the journal's last index after recovery, so the admin API can say how far the state goes.
 */
public final class JournalPosition implements PublishListener {
    private volatile long lastIndex;

    /** @param recoveredIndex the journal's last index after recovery, or {@code Journal.NO_INDEX} when empty */
    public JournalPosition(long recoveredIndex) {
        this.lastIndex = recoveredIndex;
    }

    @Override
    public void onPublished(JournaledEvent event) {
        lastIndex = event.index();
    }

    public long lastIndex() {
        return lastIndex;
    }
}
