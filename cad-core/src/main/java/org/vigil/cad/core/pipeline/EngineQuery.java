package org.vigil.cad.core.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.vigil.cad.core.engine.DispatchEngine;

/** A read-only question for the engine, answered on its thread and released after the journal stage. */
final class EngineQuery<T> {
    private final Function<DispatchEngine, T> question;
    private final CompletableFuture<T> answer = new CompletableFuture<>();
    private T value;
    private RuntimeException failure;

    EngineQuery(Function<DispatchEngine, T> question) {
        this.question = question;
    }

    CompletableFuture<T> answer() {
        return answer;
    }

    void run(DispatchEngine engine) {
        try {
            value = question.apply(engine);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    void publish(Throwable journalFailure) {
        if (journalFailure != null) {
            answer.completeExceptionally(journalFailure);
        } else if (failure != null) {
            answer.completeExceptionally(failure);
        } else {
            answer.complete(value);
        }
    }
}
