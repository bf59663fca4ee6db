package org.vigil.cad.telephony.ali;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which {@link LocationKind} each class-of-service code means. The defaults are the NENA codes; a layout
 * file adds an agency's own codes with {@code kind} lines. A code ending in {@code *} is a prefix (PBX*).
 */
public final class ClassOfServiceTable {
    private final Map<String, LocationKind> exact;
    private final List<Map.Entry<String, LocationKind>> prefixes;

    private ClassOfServiceTable(Map<String, LocationKind> exact, List<Map.Entry<String, LocationKind>> prefixes) {
        this.exact = Map.copyOf(exact);
        this.prefixes = List.copyOf(prefixes);
    }

    /** The NENA class-of-service codes as 911 ALI displays show them. */
    public static ClassOfServiceTable defaults() {
        return new ClassOfServiceTable(Map.of(), List.of())
                .with(LocationKind.CELL_SECTOR, List.of("WPH1", "WRLS"))
                .with(LocationKind.CALLER_ESTIMATE, List.of("WPH2"))
                .with(LocationKind.REGISTERED_ADDRESS, List.of("VOIP", "VRES", "VBUS", "VPAY", "VMBL", "VNOM", "VENT"))
                .with(LocationKind.CIVIC_ADDRESS, List.of("RESD", "BUSN", "PBX*", "CNTX", "CTRX", "COIN", "COCT",
                        "ROPX", "BOPX", "MLTS"))
                .with(LocationKind.UNKNOWN, List.of("MOBL"));
    }

    /** This table with {@code codes} meaning {@code kind}; later entries win over earlier ones. */
    public ClassOfServiceTable with(LocationKind kind, Collection<String> codes) {
        Map<String, LocationKind> moreExact = new HashMap<>(exact);
        List<Map.Entry<String, LocationKind>> morePrefixes = new ArrayList<>();
        for (String code : codes) {
            String key = code.strip().toUpperCase(Locale.ROOT);
            if (key.endsWith("*")) {
                morePrefixes.add(Map.entry(key.substring(0, key.length() - 1), kind));
            } else {
                moreExact.put(key, kind);
            }
        }
        morePrefixes.addAll(prefixes);
        return new ClassOfServiceTable(moreExact, morePrefixes);
    }

    /** The kind for a code as delivered, or null when the code is not in the table. */
    public LocationKind kindOf(String classOfService) {
        String key = classOfService.strip().toUpperCase(Locale.ROOT);
        LocationKind kind = exact.get(key);
        if (kind != null) {
            return kind;
        }
        for (Map.Entry<String, LocationKind> prefix : prefixes) {
            if (key.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return null;
    }
}
