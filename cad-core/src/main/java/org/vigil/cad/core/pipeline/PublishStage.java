package org.vigil.cad.core.pipeline;

import com.lmax.disruptor.EventHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.JournaledEvent;

/** Stage 3: runs only after the journal; acknowledges the caller and tells the listeners. */
final class PublishStage implements EventHandler<CommandSlot> {
    private static final Logger LOG = LoggerFactory.getLogger(PublishStage.class);

    private final List<PublishListener> listeners;
    private final StateSnapshotter snapshotter;
    private final Counter accepted;
    private final Counter rejected;
    private final Counter listenerFailures;

    PublishStage(List<PublishListener> listeners, StateSnapshotter snapshotter, MeterRegistry metrics) {
        this.listeners = List.copyOf(listeners);
        this.snapshotter = snapshotter;
        this.accepted = Counter.builder("vigil.commands").tag("result", "accepted").register(metrics);
        this.rejected = Counter.builder("vigil.commands").tag("result", "rejected").register(metrics);
        this.listenerFailures = Counter.builder("vigil.publish.listener.failures")
                .description("exceptions thrown by read models or fan-out; the event was skipped for that listener")
                .register(metrics);
    }

    @Override
    public void onEvent(CommandSlot slot, long sequence, boolean endOfBatch) {
        try {
            if (slot.snapshot() != null) {
                save(slot.snapshot(), slot.failure());
            } else if (slot.query() != null) {
                slot.query().publish(slot.failure());
            } else if (slot.failure() != null) {
                failAck(slot);
            } else {
                publish(slot);
            }
        } finally {
            slot.reset();
        }
    }

    private void publish(CommandSlot slot) {
        List<Event> events = slot.events();
        CompletableFuture<CommandResult> ack = slot.ack();
        boolean wanted = ack != null || !listeners.isEmpty();
        List<JournaledEvent> journaled = wanted ? new ArrayList<>(events.size()) : List.of();
        boolean refused = false;
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            refused |= event instanceof Event.CommandRejected;
            if (wanted) {
                JournaledEvent e = new JournaledEvent(slot.indexOf(i), slot.atMicros(), slot.operator().user(),
                        slot.operator().position(), event);
                journaled.add(e);
                notifyListeners(e);
            }
        }
        (refused ? rejected : accepted).increment();
        if (ack != null) {
            ack.complete(new CommandResult(journaled));
        }
    }

    private void notifyListeners(JournaledEvent event) {
        for (PublishListener listener : listeners) {
            try {
                listener.onPublished(event);
            } catch (RuntimeException e) {
                listenerFailures.increment();
                LOG.warn("listener {} failed on event {}", listener.getClass().getSimpleName(), event.index(), e);
            }
        }
    }

    private static void failAck(CommandSlot slot) {
        if (slot.ack() != null) {
            slot.ack().completeExceptionally(slot.failure());
        }
    }

    private void save(SnapshotRequest request, Throwable journalFailure) {
        if (request.done().isDone()) {
            return;
        }
        if (journalFailure != null) {
            request.done().completeExceptionally(journalFailure);
            return;
        }
        try {
            snapshotter.save(request.captured(), request.journalIndex());
            request.done().complete(request.journalIndex());
        } catch (IOException | RuntimeException e) {
            LOG.error("snapshot at journal index {} could not be saved", request.journalIndex(), e);
            request.done().completeExceptionally(e);
        }
    }
}
