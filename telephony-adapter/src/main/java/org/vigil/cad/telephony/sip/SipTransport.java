package org.vigil.cad.telephony.sip;

import java.net.InetSocketAddress;

/** Where a request came from and how to answer it: a UDP peer or a TCP connection. */
interface SipTransport {

    /** "UDP" or "TCP". */
    String protocol();

    /** Stream transports deliver reliably, so responses are never retransmitted on them. */
    boolean reliable();

    InetSocketAddress remote();

    /** The host written into Contact, Warning and SDP. */
    String localHost();

    int localPort();

    void send(byte[] message);

    /** Runs a task later on the connection's event loop (retransmission timers); no thread of its own. */
    void schedule(Runnable task, long delayMillis);

    /** "UDP 10.1.2.3:5060", for fields and logs; safe on a connection that has already gone. */
    default String describe() {
        InetSocketAddress remote = remote();
        if (remote == null) {
            return protocol() + " (disconnected)";
        }
        return protocol() + " " + remote.getHostString() + ":" + remote.getPort();
    }
}
