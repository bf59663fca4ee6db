package org.vigil.cad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.gateway.Operator;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;
import org.vigil.cad.core.testing.VigilThreads;

@ExtendWith(NoLeakedThreadsExtension.class)
class PipelineFailureTest {
    private static final Operator DISPATCHER = new Operator("disp1", "D2");
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000_000L);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    private CommandPipeline pipeline(FailingJournal journal, List<PublishListener> listeners) {
        return new CommandPipeline(new DispatchEngine(EngineConfig.defaults()), journal, listeners, null,
                clock::incrementAndGet, new PipelineConfig(8, WaitStrategyKind.BLOCKING),
                new VigilThreads("failure"), metrics);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aJournalThatBreaksFailsTheCommandAndRefusesProducersInsteadOfBlockingThem() throws Exception {
        FailingJournal journal = new FailingJournal(3);
        try (CommandPipeline pipeline = pipeline(journal, List.of())) {
            CommandGateway gateway = pipeline.gateway();
            assertTrue(gateway.submit(register("E1"), DISPATCHER).get(10, TimeUnit.SECONDS).accepted());
            assertTrue(gateway.submit(register("E2"), DISPATCHER).get(10, TimeUnit.SECONDS).accepted());

            CompletableFuture<CommandResult> broken = gateway.submit(register("E3"), DISPATCHER);
            ExecutionException failure = assertThrows(ExecutionException.class, () -> broken.get(10, TimeUnit.SECONDS));
            assertTrue(failure.getCause().getMessage().contains("disk full"), failure.getCause().toString());

            // Far more commands than the ring holds: each must be refused, none may wait forever.
            List<CompletableFuture<CommandResult>> after = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                after.add(gateway.submit(register("X" + i), DISPATCHER));
            }
            for (CompletableFuture<CommandResult> f : after) {
                ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
                assertInstanceOf(IllegalStateException.class, e.getCause());
            }
            assertThrows(PipelineFailedException.class, () -> gateway.send(new Command.Tick(), Operator.SYSTEM));
            assertTrue(pipeline.health().isFailed());
            assertTrue(pipeline.health().failureReason().contains("disk full"));
            assertEquals(1.0, metrics.get("vigil.pipeline.failed").gauge().value());
            assertEquals(2, journal.appended(), "nothing is journaled after the failure");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aListenerThatThrowsIsCountedAndTheOthersStillSeeEveryEvent() throws Exception {
        List<Long> seen = new ArrayList<>();
        PublishListener broken = e -> {
            throw new IllegalStateException("read model bug (injected)");
        };
        try (CommandPipeline pipeline = pipeline(new FailingJournal(Integer.MAX_VALUE),
                List.of(broken, e -> seen.add(e.index())))) {
            CommandGateway gateway = pipeline.gateway();
            for (int i = 0; i < 50; i++) {
                assertTrue(gateway.submit(register("E" + i), DISPATCHER).get(10, TimeUnit.SECONDS).accepted());
            }
            CommandResult moved = gateway.submit(new Command.ChangeUnitStatus("E1", UnitStatus.OUTOFSERVICE, false),
                    DISPATCHER).get(10, TimeUnit.SECONDS);
            assertTrue(moved.accepted());
            assertEquals(51, seen.size());
            assertEquals(51.0, metrics.get("vigil.publish.listener.failures").counter().count());
            assertFalse(pipeline.health().isFailed());
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aRefusedCommandIsJournaledAndAcknowledgedWithItsReason() throws Exception {
        FailingJournal journal = new FailingJournal(Integer.MAX_VALUE);
        try (CommandPipeline pipeline = pipeline(journal, List.of())) {
            CommandResult result = pipeline.gateway()
                    .submit(new Command.ChangeUnitStatus("NOPE", UnitStatus.ENROUTE, false), DISPATCHER)
                    .get(10, TimeUnit.SECONDS);
            assertFalse(result.accepted());
            assertEquals("no unit NOPE", result.rejection().orElseThrow().detail());
            assertEquals("disp1", result.events().get(0).operator());
            assertEquals("D2", result.events().get(0).position());
            assertEquals(1, journal.appended());
        }
    }

    private static Command register(String unitId) {
        return new Command.RegisterUnit(unitId, "ENGINE", "FIRE", "ST1", Double.NaN, Double.NaN);
    }
}
