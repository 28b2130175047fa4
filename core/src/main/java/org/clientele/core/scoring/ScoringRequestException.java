package org.clientele.core.scoring;

/**
 * A request the service cannot score, with the HTTP status that says why (400 bad request, 413 too large)
 * and a message for the caller that names the row and field at fault.
 */
public final class ScoringRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ScoringRequestException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
