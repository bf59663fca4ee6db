package org.vigil.cad.core.engine;

import org.vigil.cad.core.domain.UnitStatus;

/**
 * How long a unit may stay in a status before the dispatcher is warned, e.g. on scene 20 minutes
 * without a check-in. {@code unitType} {@value #ANY_TYPE} applies to every type without a rule of its own.
 */
public record StatusTimer(UnitStatus status, String unitType, long limitMicros) {
    public static final String ANY_TYPE = "*";

    public StatusTimer {
        if (status == null || unitType == null || limitMicros <= 0) {
            throw new IllegalArgumentException("a status timer needs a status, a unit type and a positive limit");
        }
    }

    public boolean appliesTo(UnitStatus unitStatus, String type) {
        return status == unitStatus && (unitType.equals(type) || unitType.equals(ANY_TYPE));
    }
}
