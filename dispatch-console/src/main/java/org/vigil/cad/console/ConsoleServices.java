package org.vigil.cad.console;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.vigil.cad.console.board.CallBoard;
import org.vigil.cad.core.pipeline.CommandPipeline;

/**
 * What the console API works with, all built and owned by the caller.
 *
 * @param pipeline        where commands go
 * @param journalPosition registered with the pipeline as a publish listener
 * @param callBoard       the calls read model, seeded from the recovered state and registered as a publish listener
 * @param users           who may log in
 * @param metrics         scraped by {@code /metrics}; the pipeline should register on it too
 * @param clock           session time; a production server passes the system UTC clock
 * @param passwordChecks  runs bcrypt checks (about 250 ms each), which must not run on an event loop
 */
public record ConsoleServices(CommandPipeline pipeline, JournalPosition journalPosition, CallBoard callBoard,
                              UserStore users, PrometheusMeterRegistry metrics, Clock clock, Executor passwordChecks) {

    public ConsoleServices {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(journalPosition, "journalPosition");
        Objects.requireNonNull(callBoard, "callBoard");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(passwordChecks, "passwordChecks");
    }
}
