package org.vigil.cad.telephony.simulator;

/**
 * One call to play onto Vigil's ports: the bytes to send and on which channel, and what Vigil should make of
 * them, so a run can be checked against the engine.
 */
public sealed interface SyntheticCall permits SyntheticCall.AliSpill, SyntheticCall.SipCall {

    /** The port a call is played onto. */
    enum Channel {
        /** A legacy ALI spill on the TCP link, framed STX..ETX. */
        ALI,
        /** An NG9-1-1 INVITE over UDP, followed by its dialog. */
        SIP
    }

    /** 0, 1, 2, ... in the order the calls are to be sent. */
    long sequence();

    Channel channel();

    /** The class of service Vigil will show: the ALI code, or what the SIP ServiceInfo maps to (WIRELESS, ...). */
    String classOfService();

    /** The caller's callback number, ten digits. */
    String callbackNumber();

    /** What Vigil matches a rebid by: the pANI/ESRK or ANI of an ALI record, the emergency call id of an INVITE. */
    String rebidKey();

    /**
     * True when an earlier call of the run had the same rebid key: Vigil adds this one to that call as a new
     * location, as long as that call is still live (ALI calls stay live until a call-taker ends them).
     */
    boolean rebid();

    /** What to send first: the framed ALI record, or the INVITE. */
    byte[] bytes();

    /**
     * An ALI record.
     *
     * @param record the record text (ISO-8859-1, one char per byte), without its STX/ETX
     */
    record AliSpill(long sequence, String classOfService, String callbackNumber, String rebidKey, boolean rebid,
                    String record) implements SyntheticCall {
        @Override
        public Channel channel() {
            return Channel.ALI;
        }

        @Override
        public byte[] bytes() {
            return AliRecordWriter.frame(record);
        }
    }

    /**
     * An NG9-1-1 call.
     *
     * @param abandoned the caller hangs up while it rings: CANCEL after the first provisional response
     */
    record SipCall(long sequence, String classOfService, String callbackNumber, boolean abandoned, SipInvite invite)
            implements SyntheticCall {
        @Override
        public Channel channel() {
            return Channel.SIP;
        }

        @Override
        public String rebidKey() {
            return invite.emergencyCallId();
        }

        @Override
        public boolean rebid() {
            return false;
        }

        @Override
        public byte[] bytes() {
            return invite.bytes();
        }
    }
}
