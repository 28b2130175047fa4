package org.clientele.core.data;

import java.nio.file.Path;

/**
 * A problem with the user's input file (not with Clientele): the CLI prints {@link #userMessage()} as
 * one line and exits with code 3.
 */
public class DataFileException extends RuntimeException {

    private final transient Path file;
    private final long line;
    private final String column;
    private final String problem;
    private final String hint;

    /**
     * @param line   1-based physical line in the file, 0 when it does not apply
     * @param column column name, or null when it does not apply
     * @param hint   what the user can do about it, or null
     */
    public DataFileException(Path file, long line, String column, String problem, String hint) {
        this(file, line, column, problem, hint, null);
    }

    public DataFileException(Path file, long line, String column, String problem, String hint, Throwable cause) {
        super(compose(file, line, column, problem, hint), cause);
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

    /** One line: {@code data.csv: line 12, column 'price': "abc" is not a number. Fix the value or drop --price.} */
    public String userMessage() {
        return getMessage();
    }

    private static String compose(Path file, long line, String column, String problem, String hint) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "input" : String.valueOf(file.getFileName()));
        String sep = ": ";
        if (line > 0) {
            sb.append(sep).append("line ").append(line);
            sep = ", ";
        }
        if (column != null) {
            sb.append(sep).append("column '").append(column).append('\'');
        }
        sb.append(": ").append(oneLine(problem));
        if (hint != null && !hint.isBlank()) {
            if (!endsWithStop(sb)) {
                sb.append('.');
            }
            sb.append(' ').append(oneLine(hint));
            if (!endsWithStop(sb)) {
                sb.append('.');
            }
        }
        return sb.toString();
    }

    private static boolean endsWithStop(StringBuilder sb) {
        char c = sb.charAt(sb.length() - 1);
        return c == '.' || c == '!' || c == '?';
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ');
    }
}
