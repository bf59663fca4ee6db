package org.vigil.cad.core.testing;

import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Fails a test that leaves a Vigil thread running: a stage that never stopped is a leak the next test pays for. */
public final class NoLeakedThreadsExtension implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        Await.until("the test's Vigil threads to stop", () -> liveVigilThreads().isEmpty(), Duration.ofSeconds(10),
                NoLeakedThreadsExtension::liveVigilThreads);
    }

    private static String liveVigilThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(VigilThreads.PREFIX))
                .map(Thread::getName)
                .collect(Collectors.joining(", "));
    }
}
