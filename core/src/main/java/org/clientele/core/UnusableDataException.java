package org.clientele.core;

import java.util.List;

/**
 * Data that an analysis cannot use (too few rows, nothing varies, too wide), found by code that does not
 * know which file the data came from; the layer that does know re-throws it naming the file.
 * An {@link IllegalArgumentException} too, because the algorithms' callers have always treated it as one.
 */
public final class UnusableDataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final UserInputException.Reason reason;
    private final String fix;
    private final List<Setting> settings;

    public UnusableDataException(UserInputException.Reason reason, String problem, String fix, Setting... settings) {
        super(problem);
        this.reason = reason;
        this.fix = fix;
        this.settings = List.of(settings);
    }

    public UserInputException.Reason reason() {
        return reason;
    }

    public String problem() {
        return getMessage();
    }

    public String fix() {
        return fix;
    }

    public List<Setting> settings() {
        return settings;
    }
}
