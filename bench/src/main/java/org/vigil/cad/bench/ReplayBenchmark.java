package org.vigil.cad.bench;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.journal.ChronicleJournal;
import org.vigil.cad.core.journal.Journal;
import org.vigil.cad.core.journal.JournalReader;
import org.vigil.cad.core.journal.JournaledEvent;
import org.vigil.cad.core.recovery.RecoveredEngine;
import org.vigil.cad.core.recovery.Recovery;
import org.vigil.cad.core.recovery.ReplayProgress;

/**
 * Replay rate: {@link Recovery#recover} (decode every document, apply every event to a fresh engine)
 * over a journal of {@value #EVENTS} events of the {@link DispatchMix}, written once per fork; and, as
 * its baseline in the same run, a raw Chronicle tailer reading every document of the same queue into a
 * byte array. Between the two, {@code decodeOnly} reads the journal through its reader without applying
 * anything, so the gap splits into decoding and applying. All in events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(2)
public class ReplayBenchmark {
    static final int EVENTS = 2_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(ReplayBenchmark.class);

    private final EngineConfig config = EngineConfig.defaults();
    private byte[] document = new byte[1024];
    private Path directory;
    private ChronicleJournal journal;
    private SingleChronicleQueue rawQueue;
    private CpuMeter cpu;

    @Setup(Level.Trial)
    public void writeJournal() {
        directory = TempDirs.create("vigil-replay-bench");
        long writtenHash;
        try (ChronicleJournal writer = ChronicleJournal.builder(directory).open()) {
            writtenHash = JournalWriter.write(writer, config, EVENTS);
        }
        journal = ChronicleJournal.builder(directory).open();
        rawQueue = SingleChronicleQueueBuilder.binary(directory).rollCycle(RollCycles.FAST_DAILY).readOnly(true)
                .build();
        RecoveredEngine recovered = recover();
        if (recovered.engine().stateHash() != writtenHash) {
            throw new IllegalStateException("the replayed state differs from the state that wrote the journal");
        }
        long payload = 0;
        ExcerptTailer tailer = rawQueue.createTailer();
        for (long n = 0; n < EVENTS; n++) {
            try (DocumentContext read = tailer.readingDocument()) {
                payload += read.wire().bytes().readRemaining();
            }
        }
        tailer.close();
        LOG.info("journal: {} events, {} document bytes per event on average, replayed state hash checked",
                EVENTS, String.format("%.2f", (double) payload / EVENTS));
    }

    @Setup(Level.Iteration)
    public void meterCpu() {
        cpu = new CpuMeter();
    }

    @TearDown(Level.Iteration)
    public void logCpu() {
        LOG.info(cpu.coresUsed());
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public RecoveredEngine recover() {
        RecoveredEngine recovered = Recovery.recover(config, Optional.empty(), journal, ReplayProgress.NONE);
        if (recovered.replayedEvents() != EVENTS) {
            throw new IllegalStateException("replayed " + recovered.replayedEvents() + " of " + EVENTS + " events");
        }
        return recovered;
    }

    /** The journal's reader alone: every document decoded, nothing applied (recovery minus the engine). */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long decodeOnly(Blackhole events) {
        long count = 0;
        try (JournalReader reader = journal.readAfter(Journal.NO_INDEX)) {
            for (JournaledEvent e = reader.next(); e != null; e = reader.next()) {
                events.consume(e);
                count++;
            }
        }
        if (count != EVENTS) {
            throw new IllegalStateException("decoded " + count + " of " + EVENTS + " events");
        }
        return count;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long rawTailer() {
        long checksum = 0;
        long count = 0;
        try (ExcerptTailer tailer = rawQueue.createTailer()) {
            while (true) {
                try (DocumentContext read = tailer.readingDocument()) {
                    if (!read.isPresent()) {
                        break;
                    }
                    Bytes<?> bytes = read.wire().bytes();
                    int length = (int) bytes.readRemaining();
                    if (length > document.length) {
                        document = new byte[length];
                    }
                    bytes.read(document, 0, length);
                    checksum += length == 0 ? 0 : document[length - 1];
                    count++;
                }
            }
        }
        if (count != EVENTS) {
            throw new IllegalStateException("read " + count + " of " + EVENTS + " documents");
        }
        return checksum;
    }

    @TearDown(Level.Trial)
    public void deleteJournal() {
        rawQueue.close();
        journal.close();
        TempDirs.delete(directory);
    }

    /** Writes the mix through an engine straight into a journal, as the journal stage would. */
    static final class JournalWriter {
        private JournalWriter() {
        }

        /**
         * Appends exactly {@code events} events (stopping inside a command if need be) and returns the
         * state hash of an engine that applied exactly those events, to compare a replay with.
         */
        static long write(Journal journal, EngineConfig config, int events) {
            DispatchEngine engine = new DispatchEngine(config);
            DispatchEngine journaled = new DispatchEngine(config);
            SteppingClock clock = new SteppingClock();
            long[] written = new long[1];
            DispatchMix.Target append = (command, operator) -> {
                long at = clock.nowMicros();
                engine.decide(command, at, operator.user(), operator.position(), event -> {
                    if (written[0] < events) {
                        journal.append(at, operator.user(), operator.position(), event);
                        journaled.apply(event, at);
                        written[0]++;
                    }
                });
            };
            DispatchMix.roster(append);
            DispatchMix mix = new DispatchMix(SteppingClock.START_MICROS);
            while (written[0] < events) {
                mix.nextCycle(append, append);
            }
            MixProfile.requireNoRejections(engine, "the replay journal");
            journal.endOfBatch();
            return journaled.stateHash();
        }
    }
}
