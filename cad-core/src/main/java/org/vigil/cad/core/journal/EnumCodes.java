package org.vigil.cad.core.journal;

import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.RejectReason;

/**
 * The stored code of every enum constant the journal and the snapshots hold. Codes are fixed here, never
 * taken from ordinals, so reordering or adding a constant cannot change what old files mean. Code 0 is
 * null. The switches have no default branch: a new constant does not compile until it is given a code.
 */
public final class EnumCodes {
    public static final int NULL = 0;

    private EnumCodes() {
    }

    public static int code(UnitStatus status) {
        if (status == null) {
            return NULL;
        }
        return switch (status) {
            case AVAILABLE -> 1;
            case DISPATCHED -> 2;
            case ENROUTE -> 3;
            case ONSCENE -> 4;
            case TRANSPORTING -> 5;
            case ATHOSPITAL -> 6;
            case OUTOFSERVICE -> 7;
        };
    }

    public static UnitStatus unitStatus(int code) {
        return switch (code) {
            case NULL -> null;
            case 1 -> UnitStatus.AVAILABLE;
            case 2 -> UnitStatus.DISPATCHED;
            case 3 -> UnitStatus.ENROUTE;
            case 4 -> UnitStatus.ONSCENE;
            case 5 -> UnitStatus.TRANSPORTING;
            case 6 -> UnitStatus.ATHOSPITAL;
            case 7 -> UnitStatus.OUTOFSERVICE;
            default -> throw unknown("UnitStatus", code);
        };
    }

    public static int code(IncidentStatus status) {
        if (status == null) {
            return NULL;
        }
        return switch (status) {
            case PENDING -> 1;
            case DISPATCHED -> 2;
            case ENROUTE -> 3;
            case ONSCENE -> 4;
            case CLOSED -> 5;
            case REOPENED -> 6;
        };
    }

    public static IncidentStatus incidentStatus(int code) {
        return switch (code) {
            case NULL -> null;
            case 1 -> IncidentStatus.PENDING;
            case 2 -> IncidentStatus.DISPATCHED;
            case 3 -> IncidentStatus.ENROUTE;
            case 4 -> IncidentStatus.ONSCENE;
            case 5 -> IncidentStatus.CLOSED;
            case 6 -> IncidentStatus.REOPENED;
            default -> throw unknown("IncidentStatus", code);
        };
    }

    public static int code(CallSource source) {
        if (source == null) {
            return NULL;
        }
        return switch (source) {
            case EMERGENCY_911 -> 1;
            case ADMIN_LINE -> 2;
            case TEXT -> 3;
            case TTY -> 4;
            case TELEMATICS -> 5;
            case ALARM -> 6;
        };
    }

    public static CallSource callSource(int code) {
        return switch (code) {
            case NULL -> null;
            case 1 -> CallSource.EMERGENCY_911;
            case 2 -> CallSource.ADMIN_LINE;
            case 3 -> CallSource.TEXT;
            case 4 -> CallSource.TTY;
            case 5 -> CallSource.TELEMATICS;
            case 6 -> CallSource.ALARM;
            default -> throw unknown("CallSource", code);
        };
    }

    public static int code(CallState state) {
        if (state == null) {
            return NULL;
        }
        return switch (state) {
            case RINGING -> 1;
            case ANSWERED -> 2;
            case RELEASED -> 3;
            case ABANDONED -> 4;
            case TRANSFERRED -> 5;
        };
    }

    public static CallState callState(int code) {
        return switch (code) {
            case NULL -> null;
            case 1 -> CallState.RINGING;
            case 2 -> CallState.ANSWERED;
            case 3 -> CallState.RELEASED;
            case 4 -> CallState.ABANDONED;
            case 5 -> CallState.TRANSFERRED;
            default -> throw unknown("CallState", code);
        };
    }

    public static int code(RejectReason reason) {
        if (reason == null) {
            return NULL;
        }
        return switch (reason) {
            case INVALID_INPUT -> 1;
            case UNKNOWN_UNIT -> 2;
            case UNKNOWN_INCIDENT -> 3;
            case UNKNOWN_CALL -> 4;
            case DUPLICATE_UNIT -> 5;
            case ILLEGAL_TRANSITION -> 6;
            case UNIT_NOT_AVAILABLE -> 7;
            case INCIDENT_CLOSED -> 8;
            case INCIDENT_NOT_CLOSED -> 9;
            case CALL_NOT_RINGING -> 10;
            case CALL_NOT_ANSWERED -> 11;
            case CALL_ENDED -> 12;
            case NUMBERING_EXHAUSTED -> 13;
            case INTERNAL_ERROR -> 14;
        };
    }

    public static RejectReason rejectReason(int code) {
        return switch (code) {
            case NULL -> null;
            case 1 -> RejectReason.INVALID_INPUT;
            case 2 -> RejectReason.UNKNOWN_UNIT;
            case 3 -> RejectReason.UNKNOWN_INCIDENT;
            case 4 -> RejectReason.UNKNOWN_CALL;
            case 5 -> RejectReason.DUPLICATE_UNIT;
            case 6 -> RejectReason.ILLEGAL_TRANSITION;
            case 7 -> RejectReason.UNIT_NOT_AVAILABLE;
            case 8 -> RejectReason.INCIDENT_CLOSED;
            case 9 -> RejectReason.INCIDENT_NOT_CLOSED;
            case 10 -> RejectReason.CALL_NOT_RINGING;
            case 11 -> RejectReason.CALL_NOT_ANSWERED;
            case 12 -> RejectReason.CALL_ENDED;
            case 13 -> RejectReason.NUMBERING_EXHAUSTED;
            case 14 -> RejectReason.INTERNAL_ERROR;
            default -> throw unknown("RejectReason", code);
        };
    }

    private static IllegalStateException unknown(String enumName, int code) {
        return new IllegalStateException("unknown " + enumName + " code " + code);
    }
}
