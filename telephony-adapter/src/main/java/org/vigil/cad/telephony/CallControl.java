package org.vigil.cad.telephony;

import java.util.concurrent.CompletableFuture;

/** What the phone system reports about a call after it was offered: who answered it, where it was transferred. */
public interface CallControl {

    /** The ACD connected the call to a call-taker's position. */
    CompletableFuture<Void> answered(long callId, String position);

    /** The call was transferred to another agency (police, fire, EMS, a neighbouring PSAP). */
    CompletableFuture<Void> transferred(long callId, String agency);
}
