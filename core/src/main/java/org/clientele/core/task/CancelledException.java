package org.clientele.core.task;

/** Thrown out of long work when the user cancelled it; callers treat it as a clean stop, not an error. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
