package org.vigil.cad.telephony.feed;

import org.vigil.cad.core.domain.Location;

/**
 * What happens after an alarm call is journaled; the call-intake rules decide whether it becomes an
 * incident with no call-taker (e.g. a robbery alarm at a city building goes straight to police).
 */
@FunctionalInterface
public interface AlarmIntake {
    AlarmIntake NONE = (callId, signal, location) -> { };

    void alarmCall(long callId, AlarmSignal signal, Location location);
}
