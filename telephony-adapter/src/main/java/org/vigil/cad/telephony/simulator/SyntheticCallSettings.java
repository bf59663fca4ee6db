package org.vigil.cad.telephony.simulator;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What makes a synthetic run what it is: the same settings give the same calls, byte for byte.
 *
 * @param seed           seeds every random choice
 * @param runTag         goes into every SIP identifier, so two runs with one seed do not look like retransmissions
 *                       of each other to a SIP server that remembers recent transactions
 * @param mix            the kinds of call
 * @param firstCallTime  the date and time the first ALI record shows (records carry MM/DD HH:MM:SS)
 * @param callsPerSecond how fast the records' times advance from one call to the next
 */
public record SyntheticCallSettings(long seed, String runTag, CallMix mix, LocalDateTime firstCallTime,
                                    double callsPerSecond) {
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9]{1,16}");

    public SyntheticCallSettings {
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(firstCallTime, "firstCallTime");
        if (runTag == null || !TAG.matcher(runTag).matches()) {
            throw new IllegalArgumentException("the run tag is 1..16 letters or digits: " + runTag);
        }
        if (!(callsPerSecond > 0)) {
            throw new IllegalArgumentException("callsPerSecond must be positive: " + callsPerSecond);
        }
    }
}
