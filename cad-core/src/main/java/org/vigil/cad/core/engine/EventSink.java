package org.vigil.cad.core.engine;

import org.vigil.cad.core.event.Event;

/** Where the engine puts the events a command produced; a ring slot in the pipeline, a list in tests. */
@FunctionalInterface
public interface EventSink {
    void accept(Event event);
}
