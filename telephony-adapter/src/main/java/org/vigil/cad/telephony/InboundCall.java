package org.vigil.cad.telephony;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;

/**
 * A call, or a rebid of one, as a telephony listener decoded it: what the call-taker needs, plus the
 * raw input exactly as received. Decoding never throws a call away: what could not be read is listed
 * in {@code problems} and the raw text still reaches the call-taker.
 *
 * @param source         the line or feed it came on
 * @param ani            callback number (ANI, or the PAI/From user for SIP), digits only; empty if none was found
 * @param rebidKey       what identifies the same caller on a later record: pANI/ESRK for wireless and VoIP,
 *                       else the ANI; empty if none
 * @param classOfService RESD, BUSN, WPH1, WPH2, VOIP, ... as delivered; empty if unknown
 * @param callerName     subscriber or caller name; empty if unknown
 * @param location       the best location the record gives; {@link Location#UNKNOWN} if none
 * @param fields         every other decoded field by name (ESN, police/fire/EMS agency, provider, method...),
 *                       in the order decoded
 * @param rawInput       the input byte for byte, as ISO-8859-1 text (one char per byte, so nothing is lost)
 * @param problems       why parts could not be decoded; empty for a clean record
 */
public record InboundCall(CallSource source, String ani, String rebidKey, String classOfService, String callerName,
                          Location location, Map<String, String> fields, String rawInput, List<String> problems) {

    public InboundCall {
        Objects.requireNonNull(source, "source");
        ani = ani == null ? "" : ani;
        rebidKey = rebidKey == null ? "" : rebidKey;
        classOfService = classOfService == null ? "" : classOfService;
        callerName = callerName == null ? "" : callerName;
        location = location == null ? Location.UNKNOWN : location;
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        rawInput = rawInput == null ? "" : rawInput;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** True when some of the input could not be decoded. */
    public boolean malformed() {
        return !problems.isEmpty();
    }
}
