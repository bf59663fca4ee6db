package org.vigil.cad.telephony.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Callback numbers in the fictional 555-0100..0199 range of the Bay Area's area codes: for calls keyed by their
 * number, in a seeded order that repeats none until all 600 are used; for the others, any of them. And
 * pANIs/ESRKs, routing numbers never dialled, unique for millions of calls and never in the 555 exchange, so no
 * pANI equals a callback number.
 */
final class PhoneNumbers {
    private static final int LINES_PER_EXCHANGE = 10_000;
    /** Exchanges 200..554 hold the pANIs. */
    private static final int PANI_EXCHANGES = 355;

    private final SplittableRandom random;
    private final List<String> callbacks = new ArrayList<>();
    private int nextCallback;
    private long nextPani;

    PhoneNumbers(SplittableRandom random) {
        this.random = random;
        for (String areaCode : SanFrancisco.AREA_CODES) {
            for (int line = 100; line < 200; line++) {
                callbacks.add(areaCode + "5550" + line);
            }
        }
        for (int i = callbacks.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            callbacks.set(i, callbacks.set(j, callbacks.get(i)));
        }
        // Runs with different seeds start far apart, so they rarely rebid each other's calls on one server.
        nextPani = random.nextLong((long) PANI_EXCHANGES * LINES_PER_EXCHANGE);
    }

    /** Ten digits, unused so far unless all 600 have been: for a call whose number is its rebid key. */
    String nextCallback() {
        String number = callbacks.get(nextCallback);
        nextCallback = (nextCallback + 1) % callbacks.size();
        return number;
    }

    /** Ten digits, any of the 600, for a call keyed by something else (pANI, SIP call id). */
    String anyCallback() {
        return callbacks.get(random.nextInt(callbacks.size()));
    }

    /** Ten digits, in area code 415. */
    String nextPani() {
        long n = nextPani++ % ((long) PANI_EXCHANGES * LINES_PER_EXCHANGE);
        return String.format(Locale.ROOT, "415%03d%04d", 200 + n / LINES_PER_EXCHANGE, n % LINES_PER_EXCHANGE);
    }

    /** NNN-NNN-NNNN, as ALI records print numbers. */
    static String dashed(String digits) {
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
    }
}
