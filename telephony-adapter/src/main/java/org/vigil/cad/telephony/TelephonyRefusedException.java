package org.vigil.cad.telephony;

import org.vigil.cad.core.pipeline.CommandResult;

/** The engine refused what the phone side reported (e.g. a hang-up for a call that already ended). */
public final class TelephonyRefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    TelephonyRefusedException(CommandResult result) {
        super(result.rejection().map(r -> r.reason() + ": " + r.detail()).orElse("no call in " + result.events()));
    }
}
