package org.newslens.cli;

import java.io.PrintStream;

/**
 * A one-line progress display on stderr, redrawn in place on a terminal; when stderr is not a
 * terminal it prints a plain line every {@link #PLAIN_EVERY} articles. Silent for the first few articles.
 */
final class ProgressBar {

    private static final int SHOW_AFTER = 3;
    private static final int PLAIN_EVERY = 100;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final boolean enabled;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long failed;
    private boolean drawn;

    /** @param total the number of inputs if known, else -1 */
    ProgressBar(PrintStream err, boolean enabled, long total) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = System.console() != null;
        this.total = total;
    }

    void step(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        if (!enabled || done <= SHOW_AFTER) {
            return;
        }
        if (terminal) {
            err.print("\r" + line());
            drawn = true;
        } else if (done % PLAIN_EVERY == 0) {
            err.println(line());
        }
    }

    /** Clears the bar so a message can be printed on a clean line. */
    void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(line().length()) + "\r");
        }
    }

    void finish() {
        if (drawn) {
            err.println("\r" + line());
        }
    }

    private String line() {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        String rate = String.format("%.1f articles/s", done / seconds);
        String counts = done + (total > 0 ? "/" + total : "") + " articles" + (failed > 0 ? ", " + failed + " failed" : "");
        if (total <= 0) {
            return "analysed " + counts + " · " + rate;
        }
        int filled = (int) Math.min(WIDTH, WIDTH * done / total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + counts + " · " + rate;
    }
}
