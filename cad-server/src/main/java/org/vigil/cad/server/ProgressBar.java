package org.vigil.cad.server;

import java.io.PrintWriter;

/** A one-line progress bar on the terminal's error stream, redrawn in place. */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final long total;
    private int lastPercent = -1;

    ProgressBar(PrintWriter out, long total) {
        this.out = out;
        this.total = total;
    }

    void update(long done) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + percent + "%  "
                + String.format("%,d", done) + " / " + String.format("%,d", total) + " events");
        out.flush();
    }

    void finish(long done) {
        update(done);
        out.println();
        out.flush();
    }
}
