package org.vigil.cad.telephony.simulator;

import java.util.concurrent.atomic.AtomicLong;

/** The counts of a run: bumped on the generator's event loop, read from any thread. */
final class GeneratorCounters {
    final AtomicLong callsSent = new AtomicLong();
    final AtomicLong aliSent = new AtomicLong();
    final AtomicLong aliAcked = new AtomicLong();
    final AtomicLong aliNaked = new AtomicLong();
    final AtomicLong sipSent = new AtomicLong();
    final AtomicLong sipAnswered = new AtomicLong();
    final AtomicLong sipCancelled = new AtomicLong();
    final AtomicLong sipRefused = new AtomicLong();
    final AtomicLong sipHungUp = new AtomicLong();
    final AtomicLong failures = new AtomicLong();

    GeneratorReport report() {
        return new GeneratorReport(callsSent.get(), aliSent.get(), aliAcked.get(), aliNaked.get(), sipSent.get(),
                sipAnswered.get(), sipCancelled.get(), sipRefused.get(), sipHungUp.get(), failures.get());
    }
}
