package org.clientele.core.segment.rfm;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException;

import java.util.List;

/** A rule table that cannot be used: the message names the bad rule (or uncovered cell) and the fix. */
public class RfmRuleException extends UserInputException {
    private static final long serialVersionUID = 1L;
    private static final String FIX = "Fix the RFM rule table";

    public RfmRuleException(String message) {
        this(message, null);
    }

    public RfmRuleException(String message, Throwable cause) {
        super(Reason.RULE_TABLE, null, 0, null, message, FIX, List.of(Setting.RFM_RULES), cause);
    }

    /** The problem alone (it already names the rule table file and the rule). */
    @Override
    public String getMessage() {
        return problem();
    }
}
