package org.vigil.cad.bench.telephony;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.cad.telephony.InboundCall;
import org.vigil.cad.telephony.ali.AliLayout;
import org.vigil.cad.telephony.ali.AliRecordParser;

/**
 * One ALI record to an {@link InboundCall} with the shipped Jefferson County layout, per class of service, and
 * in the same run two baselines on the same bytes: copying them into a String (the parser's own first step)
 * and that copy plus one scan with the layout's start pattern (the least any layout-driven reader does).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AliParseBenchmark {

    @Param({"WPH2", "WPH1", "RESD", "VOIP"})
    public String classOfService;

    private AliRecordParser parser;
    private Pattern start;
    private byte[] record;

    @Setup
    public void writeRecord() {
        AliLayout layout = AliLayout.jefferson911ai();
        parser = new AliRecordParser(layout);
        start = layout.start();
        record = TelephonySamples.aliRecord(classOfService);
        InboundCall call = parser.parse(record);
        if (call.malformed() || !call.classOfService().equals(classOfService)) {
            throw new IllegalStateException("the " + classOfService + " record does not read back cleanly: "
                    + call.classOfService() + " " + call.problems());
        }
    }

    @Benchmark
    public InboundCall parse() {
        return parser.parse(record);
    }

    @Benchmark
    public String baselineCopy() {
        return new String(record, StandardCharsets.ISO_8859_1);
    }

    @Benchmark
    public boolean baselineCopyAndScan() {
        return start.matcher(new String(record, StandardCharsets.ISO_8859_1)).find();
    }
}
