package org.vigil.cad.telephony.ali;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;
import org.vigil.cad.telephony.RealPipeline;

/** ALI spills through the real listener into the real engine: rebids and abandoned calls. */
@ExtendWith(NoLeakedThreadsExtension.class)
class AliIntoEngineTest {
    @TempDir
    Path dir;

    @Test
    void theSameWirelessCallerSpilledAgainWhileTheCallIsUpIsARebidOfThatCall() throws Exception {
        String first = AliSamples.recordText("wph2_vzw");
        // The carrier's next fix for the same pANI: a tighter estimate a few metres away.
        String rebid = first.replace("LAT:+043.788000  LON:-076.019000", "LAT:+043.788500  LON:-076.019500")
                .replace("COF:51        COP:090", "COF:12        COP:095");
        try (RealPipeline core = new RealPipeline(dir);
             AliServerHarness ali = new AliServerHarness(core.sink());
             AliClient client = ali.connect()) {
            client.send(AliSamples.framed(AliSamples.latin1(first), AliSamples.latin1(rebid)));
            assertArrayEquals(new byte[] {AliBytes.ACK, AliBytes.ACK}, client.answers(2));

            assertEquals(1, (int) core.state(s -> s.calls().size()), "one caller, one call");
            Call call = core.state(s -> s.call(1));
            List<Location> versions = call.locations().stream().map(v -> v.location()).toList();
            assertEquals(2, versions.size());
            assertEquals(51.0, versions.get(0).uncertaintyMeters());
            assertEquals(43.7885, versions.get(1).latitude(), 1e-9);
            assertEquals(12.0, versions.get(1).uncertaintyMeters());
            assertEquals(95, versions.get(1).confidencePercent());
            assertEquals("3155114667", call.rebidKey().replaceAll("[^0-9]", ""));
        }
    }

    @Test
    void aCallerWhoHangsUpBeforeAnswerIsAbandonedAndTheNextSpillFromThemIsANewCall() throws Exception {
        try (RealPipeline core = new RealPipeline(dir);
             AliServerHarness ali = new AliServerHarness(core.sink());
             AliClient client = ali.connect()) {
            client.send(AliSamples.framed(AliSamples.record("resd")));
            assertArrayEquals(new byte[] {AliBytes.ACK}, client.answers(1));
            core.sink().hungUp(1).get();
            assertEquals(CallState.ABANDONED, core.state(s -> s.call(1).state()));

            client.send(AliSamples.framed(AliSamples.record("resd")));
            assertArrayEquals(new byte[] {AliBytes.ACK}, client.answers(1));
            assertEquals(2, (int) core.state(s -> s.calls().size()), "calling back in is a new call");
            assertEquals(CallState.RINGING, core.state(s -> s.call(2).state()));
        }
    }
}
