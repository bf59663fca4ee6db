package org.vigil.cad.core.command;

import java.util.Map;
import org.vigil.cad.core.domain.CallDetails;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.UnitStatus;

/**
 * Everything that can be asked of the engine. A command carries no time and no operator: the
 * gateway stamps both when it puts the command on the ring.
 */
public sealed interface Command {

    /** A short name for logs, rejections and the audit trail. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Puts a unit on the board (roster load or a new apparatus). */
    record RegisterUnit(String unitId, String unitType, String agency, String station,
                        double homeLatitude, double homeLongitude) implements Command {
    }

    /**
     * A line rings, or a live caller's data arrives again. When {@code rebidKey} (pANI/ESRK, or the ANI)
     * matches a live call, it is a rebid: a new location version of that call, not a new call.
     * {@code rawInput} is the telephony data exactly as received, kept even when unparsable;
     * {@code details} are the other decoded fields (ESN, agencies, provider...), in the order decoded.
     */
    record OfferCall(CallSource source, String ani, String rebidKey, String classOfService, String callerName,
                     Location location, Map<String, String> details, String rawInput) implements Command {

        public OfferCall {
            details = CallDetails.copyOf(details);
        }

        /** A call with no rebid key and no details, e.g. typed in or from a simple feed. */
        public OfferCall(CallSource source, String ani, String classOfService, Location location, String rawInput) {
            this(source, ani, "", classOfService, "", location, Map.of(), rawInput);
        }
    }

    /** A rebid or any later location for a live call. */
    record UpdateCallLocation(long callId, Location location) implements Command {
    }

    /** The phone side hung up: an unanswered call is abandoned (and goes on the callback list), an answered one released. */
    record HangUp(long callId) implements Command {
    }

    /** One message of a text or TTY session: from the caller, or the stamping call-taker's reply. */
    record AddCallText(long callId, boolean fromCaller, String text) implements Command {
    }

    /** The stamping position picks up a ringing call. */
    record AnswerCall(long callId) implements Command {
    }

    /** The caller hung up before anyone answered. */
    record AbandonCall(long callId) implements Command {
    }

    /** The call-taker hangs up an answered call. */
    record ReleaseCall(long callId) implements Command {
    }

    /** The call is handed to another agency (police, fire, EMS, a neighbouring PSAP). */
    record TransferCall(long callId, String agency) implements Command {
    }

    /** Enters an incident, optionally from a call ({@code callId} 0 when there is none). */
    record CreateIncident(long callId, String incidentType, int priority, Location location,
                          String narrative) implements Command {
    }

    /** Appends one line to an incident's narrative. */
    record AddNarrative(String incidentNumber, String text) implements Command {
    }

    /** Sends an available unit to an incident. */
    record AssignUnit(String incidentNumber, String unitId) implements Command {
    }

    /** Moves a unit; {@code override} forces a move the rules would refuse, and is journaled as such. */
    record ChangeUnitStatus(String unitId, UnitStatus status, boolean override) implements Command {
    }

    /** An AVL fix. */
    record UpdateUnitPosition(String unitId, double latitude, double longitude) implements Command {
    }

    /** Closes an incident with a disposition; units still on it are made available. */
    record CloseIncident(String incidentNumber, String disposition) implements Command {
    }

    /** Opens a closed incident again. */
    record ReopenIncident(String incidentNumber) implements Command {
    }

    /** The gateway clock's heartbeat: lets the engine expire timers without reading a clock. */
    record Tick() implements Command {
    }
}
