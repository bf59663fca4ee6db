package org.vigil.cad.telephony.ali;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.cad.telephony.ali.AliBytes.ACK;
import static org.vigil.cad.telephony.ali.AliBytes.NAK;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.cad.core.testing.Await;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;
import org.vigil.cad.core.testing.VigilThreads;
import org.vigil.cad.telephony.InboundCall;

/** The listener over real TCP on loopback: ACK means journaled, NAK means resend, nothing is dropped. */
@ExtendWith(NoLeakedThreadsExtension.class)
class AliSpillServerTest {

    @Test
    void everyRecordIsAckedOnlyAfterItsOfferCompletes() throws Exception {
        RecordingSink sink = RecordingSink.holdingFutures();
        try (AliServerHarness harness = new AliServerHarness(sink); AliClient client = harness.connect()) {
            byte[][] records = AliSamples.JEFFERSON.stream().map(AliSamples::record).toArray(byte[][]::new);
            client.send(AliSamples.framed(records));
            Await.until("all eight records offered", () -> sink.offeredCount() == 8, AliServerHarness.WAIT);
            assertEquals(0, client.available(), "nothing is journaled yet, so nothing is acknowledged");

            for (int journaled = 1; journaled <= 8; journaled++) {
                sink.releaseOldest();
                assertArrayEquals(new byte[] {ACK}, client.answers(1), "record " + journaled);
            }
            assertEquals(AliSamples.JEFFERSON.stream().map(AliSamples::recordText).toList(),
                    sink.offered().stream().map(InboundCall::rawInput).toList());
            assertEquals(8, harness.records("ok"));
        }
    }

    @Test
    void aBrokenFrameIsNakedAndStillProducesACall() throws Exception {
        RecordingSink sink = RecordingSink.journalingAtOnce();
        try (AliServerHarness harness = new AliServerHarness(sink); AliClient client = harness.connect()) {
            byte[] cut = Arrays.copyOf(AliSamples.record("wph1"), 120);
            client.send(AliFrameDecoderTest.concat(new byte[] {AliBytes.STX}, cut,
                    AliSamples.framed(AliSamples.record("cntx"))));

            assertArrayEquals(new byte[] {NAK, ACK}, client.answers(2));
            InboundCall broken = sink.offered().get(0);
            assertEquals("broken frame: new STX before ETX", broken.problems().get(0));
            assertEquals("3155550106", broken.ani(), "taken from the cut record");
            assertEquals(new String(cut, StandardCharsets.ISO_8859_1), broken.rawInput());
            assertEquals("CNTX", sink.offered().get(1).classOfService());
            assertEquals(1, harness.records("broken"));
        }
    }

    @Test
    void answersKeepFrameOrderWhenTheJournalConfirmsOutOfOrder() throws Exception {
        RecordingSink sink = RecordingSink.holdingFutures().failing(call -> call.classOfService().equals("VOIP"));
        try (AliServerHarness harness = new AliServerHarness(sink); AliClient client = harness.connect()) {
            client.send(AliSamples.framed(AliSamples.record("voip"), AliSamples.record("resd"), new byte[0],
                    AliSamples.record("busn")));
            Await.until("the three records offered", () -> sink.offeredCount() == 3, AliServerHarness.WAIT);

            sink.releaseNewestFirst();

            assertArrayEquals(new byte[] {NAK, ACK, NAK, ACK}, client.answers(4),
                    "voip refused by the journal, resd, empty frame, busn");
        }
    }

    @Test
    void aSinkThatHoldsItsFuturesStopsTheServerReadingAndNothingIsDropped() throws Exception {
        int limit = 16;
        int records = 16_000;
        RecordingSink sink = RecordingSink.holdingFutures();
        ExecutorService writer = Executors.newSingleThreadExecutor(new VigilThreads("ali-writer"));
        AliSpillConfig config = AliSpillConfig.defaults().withMaxOutstandingOffers(limit);
        try (AliServerHarness harness = new AliServerHarness(sink, config);
             AliClient client = harness.connect(64 * 1024)) {
            AtomicLong sent = new AtomicLong();
            Future<?> writing = writer.submit(() -> {
                for (int i = 0; i < records; i++) {
                    client.send(AliSamples.framed(AliSamples.record(AliSamples.JEFFERSON.get(i % 8))));
                    sent.incrementAndGet();
                }
                return null;
            });

            Await.until("the connection paused at the limit",
                    () -> harness.gauge("vigil.ali.connections.paused") == 1 && sink.heldCount() == limit,
                    AliServerHarness.WAIT, () -> "held " + sink.heldCount());
            assertEquals(limit, sink.offeredCount(), "no offer beyond the limit while paused");
            assertFalse(writing.isDone(), "the writer is held back: " + sent.get() + " of " + records + " sent");

            sink.releaseNewestFirst();
            byte[] answers = client.answers(records);
            writing.get(AliServerHarness.WAIT.toSeconds(), TimeUnit.SECONDS);

            byte[] allAcks = new byte[records];
            Arrays.fill(allAcks, ACK);
            assertArrayEquals(allAcks, answers);
            assertEquals(records, sink.offeredCount());
            assertEquals(limit, sink.mostHeld(), "outstanding offers never exceeded the limit");
            for (int i = 0; i < records; i += 997) {
                assertEquals(AliSamples.recordText(AliSamples.JEFFERSON.get(i % 8)), sink.offered().get(i).rawInput(),
                        "offered in the order sent: " + i);
            }
            Await.until("reading again", () -> harness.gauge("vigil.ali.connections.paused") == 0,
                    AliServerHarness.WAIT);
        } finally {
            writer.shutdownNow();
            assertTrue(writer.awaitTermination(AliServerHarness.WAIT.toSeconds(), TimeUnit.SECONDS));
        }
    }

    @Test
    void aClosedServerNoLongerListensAndCannotStartTwice() throws Exception {
        int port;
        try (AliServerHarness harness = new AliServerHarness(RecordingSink.journalingAtOnce())) {
            port = harness.port;
            assertThrows(IllegalStateException.class, harness.server::start);
            try (AliClient client = harness.connect()) {
                client.send(AliSamples.framed(AliSamples.record("resd")));
                assertArrayEquals(new byte[] {ACK}, client.answers(1));
            }
            harness.server.close();
            assertThrows(ConnectException.class, () -> new AliClient(port, AliServerHarness.WAIT).close());
            assertTrue(Double.isNaN(harness.gauge("vigil.ali.offers.outstanding")), "its gauges are gone");
        }
    }

    @Test
    void aPortInUseIsAClearError() throws Exception {
        try (AliServerHarness harness = new AliServerHarness(RecordingSink.journalingAtOnce())) {
            AliSpillServer clash = harness.anotherServer(AliSpillConfig.defaults().withPort(harness.port));

            IllegalStateException error = assertThrows(IllegalStateException.class, clash::start);
            assertTrue(error.getMessage().startsWith("the ALI listener cannot listen on 127.0.0.1:" + harness.port),
                    error.getMessage());
        }
    }

    @Test
    void aConfigurationOutOfRangeIsRefused() {
        AliSpillConfig defaults = AliSpillConfig.defaults();
        assertEquals("127.0.0.1", defaults.host());
        assertEquals(9110, defaults.port());
        assertEquals(4096, defaults.maxFrameBytes());
        assertEquals(64, defaults.maxOutstandingOffers());
        assertThrows(IllegalArgumentException.class, () -> defaults.withPort(65_536));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaxFrameBytes(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaxOutstandingOffers(0));
    }
}
