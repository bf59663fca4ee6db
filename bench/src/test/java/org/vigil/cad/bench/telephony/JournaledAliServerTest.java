package org.vigil.cad.bench.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.telephony.InboundCall;
import org.vigil.cad.telephony.ali.AliLayout;
import org.vigil.cad.telephony.ali.AliRecordParser;

class JournaledAliServerTest {

    @Test
    void theLoadsFramesReadCleanly() {
        AliRecordParser parser = new AliRecordParser(AliLayout.jefferson911ai());
        for (byte[] frame : TelephonySamples.aliFrames(500, 1_000)) {
            InboundCall call = parser.parse(Arrays.copyOfRange(frame, 1, frame.length - 1));
            assertTrue(!call.malformed(), call.problems() + " in " + call.rawInput());
        }
    }

    @Test
    void everyFrameIsJournaledAndAcked(@TempDir Path directory) throws Exception {
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, AliLatencyLoad.threads("test-boss"),
                NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(1, AliLatencyLoad.threads("test-io"),
                NioIoHandler.newFactory());
        List<byte[]> frames = TelephonySamples.aliFrames(300, 300);
        try (JournaledAliServer server = new JournaledAliServer(directory, boss, workers,
                AliLatencyLoad.threads("test-stage"))) {
            PacedClient client = new PacedClient(new PacedClient.Settings(300, 100, 200, Duration.ofSeconds(5)),
                    frames::get, AliLatencyLoad.threads("test-reader"));
            PacedClient.Result result = client.run(new InetSocketAddress("127.0.0.1", server.port()));

            assertTrue(result.complete(), result.failure());
            assertEquals(300, result.acked());
            assertEquals(0, server.refusedCommands());
            assertTrue(server.calls() > 200, "calls " + server.calls());
        } finally {
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
