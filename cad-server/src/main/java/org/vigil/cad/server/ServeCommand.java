package org.vigil.cad.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigil.cad.core.journal.Durability;
import org.vigil.cad.core.pipeline.WaitStrategyKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cad serve}: the production server, until it is stopped (SIGTERM or Ctrl-C stop it cleanly). */
@Command(name = "serve", description = "Start the Vigil server: pipeline, journal, console API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--http-port", defaultValue = "8911", description = "Console and API port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--ali-port", defaultValue = "9110", description = "ALI spill TCP port (default: ${DEFAULT-VALUE}).")
    int aliPort;

    @Option(names = "--sip-port", defaultValue = "5060", description = "NG9-1-1 SIP UDP and TCP port (default: ${DEFAULT-VALUE}).")
    int sipPort;

    @Option(names = "--feed-port", defaultValue = "9111",
            description = "Call-event feed TCP port: admin lines, text/TTY, telematics, alarms (default: ${DEFAULT-VALUE}).")
    int feedPort;

    @Option(names = "--ali-layout", paramLabel = "FILE", description = "ALI field layout file (default: the bundled Jefferson County 911ai layout).")
    Path aliLayout;

    @Option(names = "--durability", defaultValue = "page-cache",
            description = "page-cache (survives a process crash) or sync (forced to disk per batch) (default: ${DEFAULT-VALUE}).")
    String durability;

    @Option(names = "--wait-strategy", defaultValue = "blocking",
            description = "blocking, sleeping, yielding or busy-spin (default: ${DEFAULT-VALUE}).")
    String waitStrategy;

    @Option(names = "--ring-size", defaultValue = "4096", description = "Ring slots, a power of two (default: ${DEFAULT-VALUE}).")
    int ringSize;

    @Option(names = "--zone", description = "The PSAP's time zone for incident-number years; fixed when the data directory is created (default: this machine's).")
    ZoneId zone;

    @Option(names = "--snapshot-interval", defaultValue = "PT10M", description = "How often to snapshot, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration snapshotInterval;

    @Override
    public Integer call() throws Exception {
        ServerSettings settings = new ServerSettings(data.directory(), host,
                new ServerSettings.Ports(httpPort, aliPort, sipPort, feedPort), parseDurability(durability),
                WaitStrategyKind.valueOf(waitStrategy.toUpperCase().replace('-', '_')), ringSize,
                zone == null ? ZoneId.systemDefault() : zone, snapshotInterval, aliLayout);
        VigilServer server = new VigilServer(settings).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "vigil-shutdown"));
        spec.commandLine().getOut().printf("Vigil serving http://%s:%d/ (data %s; recovered %d events after snapshot %d; state hash %s)%n",
                host, server.httpPort(), settings.data().root(), server.recovered().replayedEvents(),
                server.recovered().snapshotIndex(), HashFormat.hex(server.recoveredHash()));
        spec.commandLine().getOut().printf("Vigil taking calls: %s%n", server.telephony().describe());
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    static Durability parseDurability(String text) {
        return switch (text.toLowerCase()) {
            case "page-cache", "page_cache" -> Durability.PAGE_CACHE;
            case "sync" -> Durability.SYNC;
            default -> throw new IllegalArgumentException("durability must be page-cache or sync, not '" + text + "'");
        };
    }
}
