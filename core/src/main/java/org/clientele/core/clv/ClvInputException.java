package org.clientele.core.clv;

import org.clientele.core.Setting;
import org.clientele.core.data.DataFileException;

import java.nio.file.Path;

/**
 * A problem with the user's CLV input (a summary file or purchase data) that the user can fix: a
 * {@link DataFileException}, so it reads and exits like every other bad-input error.
 */
public final class ClvInputException extends DataFileException {
    private static final long serialVersionUID = 1L;

    public ClvInputException(Path file, long line, String column, String problem, String hint) {
        super(file, line, column, problem, hint);
    }

    public ClvInputException(Reason reason, Path file, long line, String column, String problem, String fix,
                             Setting... settings) {
        super(reason, file, line, column, problem, fix, settings);
    }
}
