package org.vigil.cad.bench.telephony;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.vigil.cad.telephony.pidf.AdditionalData;
import org.vigil.cad.telephony.pidf.AdditionalDataParser;
import org.vigil.cad.telephony.pidf.ClassOfService;
import org.vigil.cad.telephony.pidf.PidfDocument;
import org.vigil.cad.telephony.pidf.PidfLoParser;
import org.vigil.cad.telephony.simulator.Ng911Call;
import org.vigil.cad.telephony.simulator.SipInviteWriter;
import org.vigil.cad.telephony.sip.SipMessageParser;
import org.vigil.cad.telephony.sip.SipParseResult;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One NG9-1-1 INVITE as the simulator writes it (multipart/mixed: SDP, PIDF-LO with a Circle and confidence,
 * RFC 7852 ServiceInfo), read through the public parsers: the SIP message, the PIDF-LO body, the Additional
 * Data body, and all three as one call ({@code invite}). The multipart split and the assembly into an
 * InboundCall ({@code SipBodyReader}, {@code CallDecoder}) are package-private and not measured; the parts
 * are cut once in set-up. Baselines in the same run: copying the INVITE's bytes into a String, and the
 * JDK's SAX parser reading the PIDF-LO body alone, with a new parser per document (as the adapter does) and
 * with one parser reused.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SipParseBenchmark {
    private static final DefaultHandler IGNORE = new DefaultHandler();

    private byte[] invite;
    private byte[] pidf;
    private byte[] serviceInfo;
    private SAXParserFactory factory;
    private SAXParser reusedParser;

    @Setup
    public void writeInvite() throws ParserConfigurationException, SAXException {
        Ng911Call call = new Ng911Call("bench-1", "4155550142", "DOE, JANE", ClassOfService.WIRELESS, 37.779_312,
                -122.419_27, 30, 90, "GPS");
        invite = new SipInviteWriter("10.1.2.3", 5060).invite(call).bytes();
        SipParseResult parsed = SipMessageParser.parse(invite);
        if (!parsed.ok()) {
            throw new IllegalStateException("the INVITE does not parse: " + parsed.error());
        }
        MultipartBody body = MultipartBody.of(parsed.message().headers().firstOrEmpty("Content-Type"),
                parsed.message().body());
        pidf = body.part("application/pidf+xml");
        serviceInfo = body.part("application/EmergencyCallData.ServiceInfo+xml");
        PidfDocument location = PidfLoParser.parse(pidf);
        AdditionalData data = AdditionalDataParser.parse(serviceInfo);
        if (!location.problems().isEmpty() || location.primary().isEmpty() || !data.problems().isEmpty()
                || !data.classOfService().equals(ClassOfService.WIRELESS)) {
            throw new IllegalStateException("the INVITE's bodies do not read back cleanly: " + location + " " + data);
        }
        factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        reusedParser = factory.newSAXParser();
    }

    @Benchmark
    public SipParseResult sipMessage() {
        return SipMessageParser.parse(invite);
    }

    @Benchmark
    public PidfDocument pidfLo() {
        return PidfLoParser.parse(pidf);
    }

    @Benchmark
    public AdditionalData additionalData() {
        return AdditionalDataParser.parse(serviceInfo);
    }

    /** The message, its location and its Additional Data: the parsing one INVITE costs. */
    @Benchmark
    public void invite(Blackhole sink) {
        sink.consume(SipMessageParser.parse(invite));
        sink.consume(PidfLoParser.parse(pidf));
        sink.consume(AdditionalDataParser.parse(serviceInfo));
    }

    @Benchmark
    public String baselineCopy() {
        return new String(invite, StandardCharsets.ISO_8859_1);
    }

    @Benchmark
    public void baselineSaxNewParser() throws ParserConfigurationException, SAXException, IOException {
        factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(pidf)), IGNORE);
    }

    @Benchmark
    public void baselineSaxReusedParser() throws SAXException, IOException {
        reusedParser.reset();
        reusedParser.parse(new InputSource(new ByteArrayInputStream(pidf)), IGNORE);
    }
}
