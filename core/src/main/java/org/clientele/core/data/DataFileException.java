package org.clientele.core.data;

import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException;

import java.nio.file.Path;
import java.util.List;

/**
 * A problem with one of the user's files (not with Clientele): the CLI prints it as one line and exits
 * with code 3; the workbench shows it in a dialog. See {@link UserInputException} for the parts.
 */
public class DataFileException extends UserInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param line   1-based physical line in the file, 0 when it does not apply
     * @param column column name, or null when it does not apply
     * @param fix    what the user can do about it, in neutral words, or null
     */
    public DataFileException(Reason reason, Path file, long line, String column, String problem, String fix,
                             Setting... settings) {
        super(reason, file, line, column, problem, fix, List.of(settings), null);
    }

    public DataFileException(Reason reason, Path file, long line, String column, String problem, String fix,
                             Throwable cause, Setting... settings) {
        super(reason, file, line, column, problem, fix, List.of(settings), cause);
    }

    /** Without a typed reason ({@link Reason#OTHER}); kept for callers that predate reasons. */
    public DataFileException(Path file, long line, String column, String problem, String hint) {
        this(Reason.OTHER, file, line, column, problem, hint);
    }

    public DataFileException(Path file, long line, String column, String problem, String hint, Throwable cause) {
        this(Reason.OTHER, file, line, column, problem, hint, cause);
    }

    /** The same problem, now naming the file it was found in (for problems found below the file layer). */
    public static DataFileException in(Path file, UserInputException e) {
        return new DataFileException(e.reason(), file, e.line(), e.column(), e.problem(), e.fix(), e,
                e.settings().toArray(Setting[]::new));
    }

    /** Data an algorithm refused, now naming the file it came from. */
    public static DataFileException in(Path file, UnusableDataException e) {
        return new DataFileException(e.reason(), file, 0, null, e.problem(), e.fix(), e,
                e.settings().toArray(Setting[]::new));
    }

    /** What the user can do, in neutral words (kept name: {@link #fix()}). */
    public String hint() {
        return fix();
    }

    /** The neutral one-line message; front ends use {@link #message} to name settings their way. */
    public String userMessage() {
        return getMessage();
    }
}
