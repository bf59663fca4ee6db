package org.vigil.cad.telephony.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how fast a {@link CallGenerator} plays calls.
 *
 * @param host           the Vigil server's address
 * @param aliPort        its ALI spill TCP port
 * @param sipPort        its SIP UDP port
 * @param callsPerSecond the fixed arrival rate, kept whatever the answers do (open loop)
 * @param calls          how many calls to send in all
 * @param aliConnections persistent ALI links the spills are spread over (a caller's rebids keep to one link, so
 *                       they arrive after the call they rebid); 0 for a run with no ALI calls
 * @param sipHold        how long an answered SIP caller stays on before hanging up (BYE)
 * @param drainTimeout   how long, after the last call is sent and its hold is over, answers are waited for
 * @param sipT1          SIP timer T1: the first retransmission interval of an unanswered INVITE or BYE over UDP
 */
public record GeneratorSettings(String host, int aliPort, int sipPort, double callsPerSecond, long calls,
                                int aliConnections, Duration sipHold, Duration drainTimeout, Duration sipT1) {

    public GeneratorSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(sipHold, "sipHold");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        Objects.requireNonNull(sipT1, "sipT1");
        if (!(callsPerSecond > 0) || calls < 0 || aliConnections < 0) {
            throw new IllegalArgumentException("need a positive rate, and no negative call or ALI connection count: "
                    + callsPerSecond + "/s, " + calls + " calls, " + aliConnections + " ALI connections");
        }
        if (sipT1.isNegative() || sipT1.isZero() || sipHold.isNegative() || drainTimeout.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative, and T1 must be positive");
        }
    }

    /** One ALI link, callers hold 1 s, answers waited for 10 s, T1 500 ms. */
    public static GeneratorSettings of(String host, int aliPort, int sipPort, double callsPerSecond, long calls) {
        return new GeneratorSettings(host, aliPort, sipPort, callsPerSecond, calls, 1, Duration.ofSeconds(1),
                Duration.ofSeconds(10), Duration.ofMillis(500));
    }

    /** The whole number of calls {@code seconds} at {@code callsPerSecond} make (4.35 s at 100/s: 435). */
    public static long callsIn(double seconds, double callsPerSecond) {
        // The epsilon absorbs binary fractions: 4.35 * 100 is 434.99999999999994.
        return (long) Math.floor(seconds * callsPerSecond + 1e-9);
    }

    public GeneratorSettings withAliConnections(int connections) {
        return new GeneratorSettings(host, aliPort, sipPort, callsPerSecond, calls, connections, sipHold, drainTimeout,
                sipT1);
    }

    public GeneratorSettings withSipHold(Duration hold) {
        return new GeneratorSettings(host, aliPort, sipPort, callsPerSecond, calls, aliConnections, hold, drainTimeout,
                sipT1);
    }

    public GeneratorSettings withDrainTimeout(Duration timeout) {
        return new GeneratorSettings(host, aliPort, sipPort, callsPerSecond, calls, aliConnections, sipHold, timeout,
                sipT1);
    }
}
