package org.vigil.cad.bench;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.queue.ExcerptAppender;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.core.pipeline.PipelineConfig;

/**
 * The raw baseline of STACK.md, measured in the same run as the pipeline: one producer on a Disruptor
 * (Blocking wait strategy, the pipeline's ring size) and one handler appending each slot's bytes to a
 * Chronicle Queue with {@code writingDocument}, in daily files like the journal's. The payload is as
 * long as the average document Vigil's {@code EventCodec} writes for the {@link DispatchMix} (measured
 * in set-up, unless {@code payloadBytes} is given). Reported in events per second, like the pipeline's
 * {@code events}; one call publishes {@value #EVENTS_PER_CALL} events and waits until the last is appended.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(3)
public class RawAppendBaselineBenchmark {
    static final int EVENTS_PER_CALL = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(RawAppendBaselineBenchmark.class);

    /** Payload bytes per event; 0 means the mix's average encoded event, rounded. */
    @Param("0")
    public int payloadBytes;

    private Path directory;
    private int iteration;
    private byte[] template;
    private SingleChronicleQueue queue;
    private Disruptor<Slot> disruptor;
    private RingBuffer<Slot> ring;
    private CpuMeter cpu;

    @Setup(Level.Trial)
    public void sizeThePayload() {
        directory = TempDirs.create("vigil-raw-append-bench");
        if (payloadBytes == 0) {
            MixProfile profile = MixProfile.measure(1_000);
            payloadBytes = (int) Math.round(profile.averageEncodedBytes());
            LOG.info("payload: {} bytes, the mix's average EventCodec document ({} bytes over {} events)",
                    payloadBytes, String.format("%.2f", profile.averageEncodedBytes()),
                    profile.eventsPerCycle() * profile.cycles());
        }
        template = new byte[payloadBytes];
        for (int i = 0; i < template.length; i++) {
            template[i] = (byte) ('A' + i % 26);
        }
    }

    @Setup(Level.Iteration)
    public void startAppender() {
        queue = SingleChronicleQueueBuilder.binary(directory.resolve("queue-" + iteration++))
                .rollCycle(RollCycles.FAST_DAILY)
                .build();
        if (queue.metaStore().readOnly()) {
            queue.close();
            throw new IllegalStateException("the queue opened read-only: the fork lacks Chronicle's JVM flags");
        }
        cpu = new CpuMeter();
        disruptor = new Disruptor<>(() -> new Slot(payloadBytes), PipelineConfig.defaults().ringSize(),
                cpu.threadFactory("appender"), ProducerType.SINGLE, new BlockingWaitStrategy());
        disruptor.handleEventsWith(new AppendHandler(queue));
        ring = disruptor.start();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_CALL)
    public void append() {
        for (int i = 1; i < EVENTS_PER_CALL; i++) {
            publish(i, null);
        }
        CompletableFuture<Void> appended = new CompletableFuture<>();
        publish(EVENTS_PER_CALL, appended);
        appended.join();
    }

    @TearDown(Level.Iteration)
    public void stopAppender() {
        LOG.info(cpu.coresUsed());
        disruptor.shutdown();
        queue.close();
        TempDirs.delete(directory.resolve("queue-" + (iteration - 1)));
    }

    @TearDown(Level.Trial)
    public void deleteDirectory() {
        TempDirs.delete(directory);
    }

    private void publish(int value, CompletableFuture<Void> appended) {
        long sequence = ring.next();
        try {
            ring.get(sequence).fill(template, value, appended);
        } finally {
            ring.publish(sequence);
        }
    }

    /** A pre-allocated slot: the event's bytes, and for the last event of a call the future to complete. */
    static final class Slot {
        private final byte[] payload;
        private CompletableFuture<Void> appended;

        Slot(int size) {
            payload = new byte[size];
        }

        void fill(byte[] source, int value, CompletableFuture<Void> whenAppended) {
            System.arraycopy(source, 0, payload, 0, payload.length);
            if (payload.length >= 4) {
                payload[0] = (byte) value;
                payload[1] = (byte) (value >>> 8);
                payload[2] = (byte) (value >>> 16);
                payload[3] = (byte) (value >>> 24);
            }
            appended = whenAppended;
        }
    }

    /** Appends each slot's bytes as one document; the appender is made on this handler's own thread. */
    static final class AppendHandler implements EventHandler<Slot> {
        private final SingleChronicleQueue queue;
        private ExcerptAppender appender;

        AppendHandler(SingleChronicleQueue queue) {
            this.queue = queue;
        }

        @Override
        public void onStart() {
            appender = queue.createAppender();
        }

        @Override
        public void onEvent(Slot slot, long sequence, boolean endOfBatch) {
            try (DocumentContext document = appender.writingDocument()) {
                document.wire().bytes().write(slot.payload, 0, slot.payload.length);
            }
            if (slot.appended != null) {
                slot.appended.complete(null);
                slot.appended = null;
            }
        }

        @Override
        public void onShutdown() {
            appender.close();
        }
    }
}
