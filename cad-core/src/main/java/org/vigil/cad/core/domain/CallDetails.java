package org.vigil.cad.core.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A call's decoded telephony fields (ESN, agencies, provider, ...), kept in the order they were decoded. */
public final class CallDetails {
    private CallDetails() {
    }

    /** An unmodifiable copy that keeps insertion order, so journal, snapshot and hash see the same order. */
    public static Map<String, String> copyOf(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
