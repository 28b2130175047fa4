package org.clientele.app.cli;

import org.clientele.core.task.Progress;

import java.io.PrintStream;

/**
 * Progress on the terminal's stderr, redrawn in place at most ten times a second; silent when stderr
 * is not a terminal so scheduled runs and pipes get clean output.
 */
final class ConsoleProgress implements Progress {

    private final PrintStream err;
    private final boolean enabled;
    private long lastDraw;
    private boolean drew;

    private ConsoleProgress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static ConsoleProgress forTerminal() {
        return new ConsoleProgress(System.err, System.console() != null);
    }

    @Override
    public synchronized void update(double fraction, String message) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && fraction < 1) {
            return;
        }
        lastDraw = now;
        String pct = fraction < 0 ? "    " : String.format("%3d%%", Math.round(fraction * 100));
        String line = pct + " " + message;
        err.print("\r" + (line.length() > 78 ? line.substring(0, 78) : String.format("%-78s", line)));
        err.flush();
        drew = true;
    }

    /** Clears the progress line so the command's own output starts on a clean line. */
    synchronized void done() {
        if (drew) {
            err.print("\r" + " ".repeat(80) + "\r");
            err.flush();
            drew = false;
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
