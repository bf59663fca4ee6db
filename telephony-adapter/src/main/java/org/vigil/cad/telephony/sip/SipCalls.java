package org.vigil.cad.telephony.sip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The live dialogs by Call-ID, and the text (MESSAGE) sessions by Call-ID. A dialog leaves the table when it
 * ends (BYE, or ACK of a final failure); the table is bounded so a flood cannot exhaust memory.
 */
final class SipCalls {
    private final int maxCalls;
    private final Map<String, SipCall> byCallId = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Long>> textSessions;

    SipCalls(int maxCalls) {
        this.maxCalls = maxCalls;
        this.textSessions = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Long>> eldest) {
                return size() > maxCalls;
            }
        };
    }

    Optional<SipCall> find(String callId) {
        return Optional.ofNullable(byCallId.get(callId));
    }

    /** The dialog a request inside it names by Call-ID and Vigil's To tag. */
    Optional<SipCall> dialog(SipMessage request) {
        return find(request.callId()).filter(call -> call.toTag().equals(request.toTag()));
    }

    boolean full() {
        return byCallId.size() >= maxCalls;
    }

    /** Adds the call unless one with this Call-ID exists; returns the one in the table. */
    SipCall add(String callId, SipCall call) {
        SipCall existing = byCallId.putIfAbsent(callId, call);
        return existing == null ? call : existing;
    }

    void remove(String callId, SipCall call) {
        byCallId.remove(callId, call);
    }

    int size() {
        return byCallId.size();
    }

    /** The text session for a Call-ID, opening it (offering the call) the first time. */
    CompletableFuture<Long> textSession(String callId, Supplier<CompletableFuture<Long>> open) {
        synchronized (textSessions) {
            return textSessions.computeIfAbsent(callId, id -> open.get());
        }
    }
}
