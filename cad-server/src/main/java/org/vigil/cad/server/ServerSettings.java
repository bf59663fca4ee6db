package org.vigil.cad.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.vigil.cad.core.journal.Durability;
import org.vigil.cad.core.pipeline.WaitStrategyKind;

/**
 * What {@code cad serve} was asked for.
 *
 * @param aliLayout an ALI layout file, or null for the bundled one
 */
record ServerSettings(DataDirectory data, String host, Ports ports, Durability durability,
                      WaitStrategyKind waitStrategy, int ringSize, ZoneId zone, Duration snapshotInterval,
                      Path aliLayout) {

    /** Where the server listens; 0 asks for a free port (tests). */
    record Ports(int http, int ali, int sip, int feed) {
    }
}
