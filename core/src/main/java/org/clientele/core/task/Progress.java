package org.clientele.core.task;

/**
 * Where long work reports how far it is and learns whether it should stop.
 * Implementations must be thread-safe: work calls them from worker threads.
 */
public interface Progress {

    /** A listener that ignores updates and never cancels. */
    Progress NONE = new Progress() {
        @Override public void update(double fraction, String message) { }
        @Override public boolean isCancelled() { return false; }
    };

    /** @param fraction done so far, 0..1, or a negative value when unknown */
    void update(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} if the user asked to stop; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A view of this listener that maps 0..1 onto [from, to] of the whole, for a sub-step. */
    default Progress slice(double from, double to) {
        Progress outer = this;
        return new Progress() {
            @Override public void update(double fraction, String message) {
                outer.update(fraction < 0 ? -1 : from + (to - from) * Math.min(1, fraction), message);
            }
            @Override public boolean isCancelled() { return outer.isCancelled(); }
        };
    }
}
