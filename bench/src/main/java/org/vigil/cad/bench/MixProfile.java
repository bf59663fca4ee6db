package org.vigil.cad.bench;

import java.util.ArrayList;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.EventCodec;

/**
 * What the {@link DispatchMix} makes of a fresh engine, measured rather than assumed: events per cycle
 * and the average size of an event as {@link EventCodec} writes it into a journal document.
 *
 * @param cycles               cycles measured (after the roster)
 * @param eventsPerCycle       events the engine decided per cycle
 * @param averageEncodedBytes  mean {@link EventCodec} output per cycle event, header included
 */
record MixProfile(int cycles, int eventsPerCycle, double averageEncodedBytes) {

    static MixProfile measure(int cycles) {
        DispatchEngine engine = new DispatchEngine(EngineConfig.defaults());
        SteppingClock clock = new SteppingClock();
        List<Event> decided = new ArrayList<>();
        Bytes<byte[]> buffer = Bytes.allocateElasticOnHeap(1024);
        long[] encodedBytes = new long[1];
        DispatchMix.Target roster = (command, operator) ->
                engine.decide(command, clock.nowMicros(), operator.user(), operator.position(), decided::add);
        DispatchMix.roster(roster);
        decided.clear();
        DispatchMix.Target measured = (command, operator) -> {
            long at = clock.nowMicros();
            int before = decided.size();
            engine.decide(command, at, operator.user(), operator.position(), decided::add);
            for (int i = before; i < decided.size(); i++) {
                buffer.clear();
                EventCodec.write(buffer, at, operator.user(), operator.position(), decided.get(i));
                encodedBytes[0] += buffer.writePosition();
            }
        };
        DispatchMix mix = new DispatchMix(SteppingClock.START_MICROS);
        for (int i = 0; i < cycles; i++) {
            mix.nextCycle(measured, measured);
        }
        buffer.releaseLast();
        requireNoRejections(engine, "the mix profile");
        if (decided.size() % cycles != 0) {
            throw new IllegalStateException(decided.size() + " events over " + cycles
                    + " cycles: the cycle is not regular");
        }
        return new MixProfile(cycles, decided.size() / cycles, (double) encodedBytes[0] / decided.size());
    }

    double eventsPerCommand() {
        return (double) eventsPerCycle / DispatchMix.COMMANDS_PER_CYCLE;
    }

    static void requireNoRejections(DispatchEngine engine, String where) {
        long rejected = engine.state().rejectedCommands();
        if (rejected != 0) {
            throw new IllegalStateException(where + ": the engine refused " + rejected
                    + " commands of the mix, so the figures would not be of the mix");
        }
    }
}
