package org.vigil.cad.core.pipeline;

import org.vigil.cad.core.journal.JournaledEvent;

/**
 * Sees every event after it is journaled, in journal order, on the publish thread: read models,
 * WebSocket fan-out. It must be quick and must not block; a listener that throws is counted and skipped.
 */
@FunctionalInterface
public interface PublishListener {
    void onPublished(JournaledEvent event);
}
