package org.vigil.cad.bench.telephony;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.cad.telephony.simulator.AliRecordWriter;
import org.vigil.cad.telephony.simulator.CallMix;
import org.vigil.cad.telephony.simulator.SipInviteWriter;
import org.vigil.cad.telephony.simulator.SyntheticCall;
import org.vigil.cad.telephony.simulator.SyntheticCallSettings;
import org.vigil.cad.telephony.simulator.SyntheticCalls;

/**
 * Real-shaped telephony input made by the simulator's writers: ALI records in the Jefferson County 911ai.com
 * shape (the writer reproduces the eight real samples line for line) and framed ALI spills of the typical
 * mix. The same seed gives the same bytes.
 */
final class TelephonySamples {
    static final long SEED = 20_260_301L;
    private static final LocalDateTime FIRST_CALL = LocalDateTime.of(2026, 3, 1, 0, 0);

    private TelephonySamples() {
    }

    /** One ALI record (ISO-8859-1 bytes, no STX/ETX) of this class of service, as the simulator writes it. */
    static byte[] aliRecord(String classOfService) {
        CallMix only = new CallMix(Map.of(classOfService, 1), 0, 0, 0);
        SyntheticCalls calls = calls(only, 1);
        SyntheticCall.AliSpill spill = (SyntheticCall.AliSpill) calls.next();
        return spill.record().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Framed ALI spills (STX record ETX) of the typical mix of classes of service, ALI only: new calls and the
     * rebids the simulator makes of a fifth of the wireless ones.
     */
    static List<byte[]> aliFrames(int count, double callsPerSecond) {
        SyntheticCalls calls = calls(CallMix.typical().withSipShare(0), callsPerSecond);
        List<byte[]> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            frames.add(calls.next().bytes());
        }
        return frames;
    }

    private static SyntheticCalls calls(CallMix mix, double callsPerSecond) {
        SyntheticCallSettings settings = new SyntheticCallSettings(SEED, "bench", mix, FIRST_CALL, callsPerSecond);
        return new SyntheticCalls(settings, AliRecordWriter.jefferson911ai(), new SipInviteWriter("10.1.2.3", 5060));
    }
}
