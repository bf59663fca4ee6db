package org.vigil.cad.telephony.simulator;

import java.util.Iterator;

/**
 * The calls a {@link CallGenerator} plays, made once it knows its own SIP address (INVITEs carry it in Via and
 * Contact), e.g. {@code sip -> new SyntheticCalls(settings, AliRecordWriter.jefferson911ai(), sip)}.
 */
@FunctionalInterface
public interface CallScript {
    Iterator<SyntheticCall> calls(SipInviteWriter sip);
}
