package org.vigil.cad.server;

import java.time.Duration;
import java.time.ZoneId;
import org.vigil.cad.core.journal.Durability;
import org.vigil.cad.core.pipeline.WaitStrategyKind;

/** What {@code cad serve} was asked for. */
record ServerSettings(DataDirectory data, String host, int httpPort, Durability durability,
                      WaitStrategyKind waitStrategy, int ringSize, ZoneId zone, Duration snapshotInterval) {
}
