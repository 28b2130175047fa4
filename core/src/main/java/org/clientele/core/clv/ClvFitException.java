package org.clientele.core.clv;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException;

import java.util.List;

/**
 * A purchase model could not be fitted to this data (no repeat buyers, or the likelihood keeps rising as
 * parameters run off to infinity): said in plain words with what to try, so front ends show it as a fixable
 * input problem rather than a crash. Reason {@link Reason#CANNOT_FIT} or {@link Reason#TOO_FEW_ROWS}.
 */
public final class ClvFitException extends UserInputException {
    private static final long serialVersionUID = 1L;

    private final String model;

    public ClvFitException(Reason reason, String model, String problem, String fix, Setting... settings) {
        super(reason, null, 0, null, problem, fix, List.of(settings), null);
        this.model = model;
    }

    /** The purchase model that failed ({@code bgnbd}, {@code pnbd}, {@code mbgnbd}). */
    public String model() {
        return model;
    }
}
