package org.clientele.core.segment.rfm;

/** A rule table that cannot be used: the message names the bad rule (or uncovered cell) and the fix. */
public class RfmRuleException extends IllegalArgumentException {

    public RfmRuleException(String message) {
        super(message);
    }

    public RfmRuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
