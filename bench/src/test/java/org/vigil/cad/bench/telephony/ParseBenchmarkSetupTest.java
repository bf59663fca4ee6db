package org.vigil.cad.bench.telephony;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmarks' set-up checks that their input reads back cleanly; these run it once, outside JMH. */
class ParseBenchmarkSetupTest {

    @ParameterizedTest
    @ValueSource(strings = {"WPH2", "WPH1", "RESD", "VOIP"})
    void eachAliRecordReadsBackAsItsClassOfService(String classOfService) {
        AliParseBenchmark benchmark = new AliParseBenchmark();
        benchmark.classOfService = classOfService;
        assertDoesNotThrow(benchmark::writeRecord);
        assertTrue(benchmark.baselineCopyAndScan());
        assertTrue(benchmark.parse().problems().isEmpty());
    }

    @Test
    void theInviteAndItsBodiesReadBackCleanly() throws Exception {
        SipParseBenchmark benchmark = new SipParseBenchmark();
        benchmark.writeInvite();
        assertTrue(benchmark.sipMessage().ok());
        assertTrue(benchmark.pidfLo().problems().isEmpty());
        assertDoesNotThrow(benchmark::baselineSaxNewParser);
        assertDoesNotThrow(benchmark::baselineSaxReusedParser);
    }
}
