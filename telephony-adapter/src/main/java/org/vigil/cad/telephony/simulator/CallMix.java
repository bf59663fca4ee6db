package org.vigil.cad.telephony.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What kinds of call a synthetic run is made of.
 *
 * @param weights      relative weights of the ALI classes of service ({@link #CLASSES}); a SIP call of that class
 *                     carries the matching ServiceInfo (wireless, VoIP, business, residence)
 * @param sipShare     the share of new calls sent as NG9-1-1 SIP instead of an ALI spill, 0..1
 * @param rebidShare   the share of wireless ALI calls (WPH1, WPH2) whose position is later rebid, 0..1
 * @param abandonShare the share of SIP calls the caller hangs up while they ring, 0..1
 */
public record CallMix(Map<String, Integer> weights, double sipShare, double rebidShare, double abandonShare) {
    /** The classes of service the generator knows how to fill in. */
    public static final Set<String> CLASSES = Set.of("RESD", "BUSN", "PBXB", "CNTX", "MOBL", "VOIP", "WPH1", "WPH2");

    public CallMix {
        weights = Map.copyOf(weights);
        if (weights.isEmpty() || weights.values().stream().anyMatch(w -> w < 0)
                || weights.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw new IllegalArgumentException("class weights must be non-negative, and not all zero: " + weights);
        }
        for (String code : weights.keySet()) {
            if (!CLASSES.contains(code)) {
                throw new IllegalArgumentException("no synthetic calls of class " + code + "; known: " + CLASSES);
            }
        }
        share("sipShare", sipShare);
        share("rebidShare", rebidShare);
        share("abandonShare", abandonShare);
    }

    /**
     * Roughly a US PSAP's day: most calls wireless, a good part of them Phase II, VoIP and wireline the rest;
     * 30% over SIP, a fifth of wireless calls rebid, one SIP call in ten abandoned.
     */
    public static CallMix typical() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("WPH2", 45);
        weights.put("WPH1", 10);
        weights.put("VOIP", 12);
        weights.put("RESD", 15);
        weights.put("BUSN", 8);
        weights.put("PBXB", 4);
        weights.put("CNTX", 2);
        weights.put("MOBL", 4);
        return new CallMix(weights, 0.3, 0.2, 0.1);
    }

    public CallMix withSipShare(double share) {
        return new CallMix(weights, share, rebidShare, abandonShare);
    }

    private static void share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be within 0..1: " + value);
        }
    }
}
