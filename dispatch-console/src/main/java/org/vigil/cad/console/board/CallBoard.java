package org.vigil.cad.console.board;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.LocationVersion;
import org.vigil.cad.core.domain.TextLine;
import org.vigil.cad.core.engine.EngineState;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.JournaledEvent;
import org.vigil.cad.core.pipeline.PublishListener;

/**
 * The calls read model: kept by the publish stage from journaled events, read by the console API
 * without touching the engine. Seeded from the recovered state before the pipeline starts.
 */
public final class CallBoard implements PublishListener {
    /** 9-1-1 and its kin (text, TTY, telematics) ahead of alarms and admin lines, then oldest first. */
    private static final Comparator<CallView> QUEUE_ORDER = Comparator
            .comparingInt((CallView c) -> urgency(c.source()))
            .thenComparingLong(CallView::offeredAtMicros)
            .thenComparingLong(CallView::id);

    private final Map<Long, CallView> calls = new ConcurrentHashMap<>();

    /** Call before the pipeline runs: the engine's state is then still this thread's to read. */
    public void seed(EngineState state) {
        for (Call call : state.calls()) {
            calls.put(call.id(), CallView.of(call));
        }
    }

    public List<CallView> calls(CallState state) {
        return calls.values().stream()
                .filter(c -> state == null || c.state() == state)
                .sorted(QUEUE_ORDER)
                .toList();
    }

    public CallView call(long id) {
        return calls.get(id);
    }

    @Override
    public void onPublished(JournaledEvent journaled) {
        Event event = journaled.event();
        long at = journaled.atMicros();
        if (event instanceof Event.CallOffered e) {
            calls.put(e.callId(), new CallView(e.callId(), e.source(), e.ani(), e.classOfService(), e.callerName(),
                    CallState.RINGING, at, "", null, "", List.of(new LocationVersion(at, e.location())), e.details(),
                    List.of()));
        } else if (event instanceof Event.CallLocationUpdated e) {
            change(e.callId(), c -> c.withLocation(new LocationVersion(at, e.location())));
        } else if (event instanceof Event.CallAnswered e) {
            change(e.callId(), c -> c.answeredAt(e.position()));
        } else if (event instanceof Event.CallAbandoned e) {
            change(e.callId(), c -> c.inState(CallState.ABANDONED));
        } else if (event instanceof Event.CallReleased e) {
            change(e.callId(), c -> c.inState(CallState.RELEASED));
        } else if (event instanceof Event.CallTransferred e) {
            change(e.callId(), c -> c.transferredTo(e.agency()));
        } else if (event instanceof Event.CallTextAdded e) {
            change(e.callId(), c -> c.withText(new TextLine(at, e.sender(), e.text())));
        } else if (event instanceof Event.IncidentCreated e && e.callId() != 0) {
            change(e.callId(), c -> c.onIncident(e.incidentNumber()));
        }
    }

    private void change(long callId, UnaryOperator<CallView> update) {
        calls.computeIfPresent(callId, (id, call) -> update.apply(call));
    }

    private static int urgency(CallSource source) {
        return switch (source) {
            case EMERGENCY_911, TEXT, TTY, TELEMATICS -> 0;
            case ALARM -> 1;
            case ADMIN_LINE -> 2;
        };
    }
}
