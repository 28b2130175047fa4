package org.clientele.core.clv;

import java.nio.file.Path;

/**
 * A problem with the user's CLV input (a summary file or purchase data) that the user can fix; it names
 * the file, the line (0 when not tied to one) and the column (nullable), says what is wrong and what to do.
 */
public final class ClvInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String column;
    private final String problem;
    private final String hint;

    public ClvInputException(Path file, long line, String column, String problem, String hint) {
        super(format(file, line, column, problem, hint));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.hint = hint;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    public String hint() {
        return hint;
    }

    /** One line such as {@code summary.csv: line 12, column 'T': "abc" is not a number. Fix the value.} */
    public String userMessage() {
        return getMessage();
    }

    private static String format(Path file, long line, String column, String problem, String hint) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "input" : String.valueOf(file.getFileName()));
        sb.append(':');
        if (line > 0) {
            sb.append(" line ").append(line);
            if (column != null) {
                sb.append(',');
            }
        }
        if (column != null) {
            sb.append(" column '").append(column).append('\'');
        }
        sb.append(line > 0 || column != null ? ": " : " ").append(problem);
        if (!problem.endsWith(".")) {
            sb.append('.');
        }
        if (hint != null && !hint.isBlank()) {
            sb.append(' ').append(hint);
        }
        return sb.toString();
    }
}
