package org.vigil.cad.console.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.LocationVersion;
import org.vigil.cad.core.domain.TextLine;

/**
 * One call as the consoles see it: an immutable copy, replaced whole on every change, so readers on
 * HTTP threads never see a half-updated call.
 */
public record CallView(long id, CallSource source, String ani, String classOfService, String callerName,
                       CallState state, long offeredAtMicros, String answeringPosition, String incidentNumber,
                       String transferredTo, List<LocationVersion> locations, Map<String, String> details,
                       List<TextLine> transcript) {

    public CallView {
        locations = List.copyOf(locations);
        transcript = List.copyOf(transcript);
    }

    static CallView of(Call call) {
        return new CallView(call.id(), call.source(), call.ani(), call.classOfService(), call.callerName(),
                call.state(), call.offeredAtMicros(), call.answeringPosition(), call.incidentNumber(),
                call.transferredTo(), call.locations(), call.details(), call.transcript());
    }

    CallView inState(CallState newState) {
        return new CallView(id, source, ani, classOfService, callerName, newState, offeredAtMicros, answeringPosition,
                incidentNumber, transferredTo, locations, details, transcript);
    }

    CallView answeredAt(String position) {
        return new CallView(id, source, ani, classOfService, callerName, CallState.ANSWERED, offeredAtMicros, position,
                incidentNumber, transferredTo, locations, details, transcript);
    }

    CallView transferredTo(String agency) {
        return new CallView(id, source, ani, classOfService, callerName, CallState.TRANSFERRED, offeredAtMicros,
                answeringPosition, incidentNumber, agency, locations, details, transcript);
    }

    CallView onIncident(String number) {
        return new CallView(id, source, ani, classOfService, callerName, state, offeredAtMicros, answeringPosition,
                number, transferredTo, locations, details, transcript);
    }

    CallView withLocation(LocationVersion version) {
        List<LocationVersion> more = new ArrayList<>(locations);
        more.add(version);
        return new CallView(id, source, ani, classOfService, callerName, state, offeredAtMicros, answeringPosition,
                incidentNumber, transferredTo, more, details, transcript);
    }

    CallView withText(TextLine line) {
        List<TextLine> more = new ArrayList<>(transcript);
        more.add(line);
        return new CallView(id, source, ani, classOfService, callerName, state, offeredAtMicros, answeringPosition,
                incidentNumber, transferredTo, locations, details, more);
    }
}
