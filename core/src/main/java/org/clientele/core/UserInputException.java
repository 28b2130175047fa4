package org.clientele.core;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * "Your input cannot be used": the one type the CLI turns into exit code 3 and the workbench into an
 * explanatory dialog. It carries a typed {@link Reason}, where the problem is (file, line, column), and
 * the fix in neutral words plus the {@link Setting}s it involves; each front end phrases those settings
 * in its own terms (a flag, a control). Front ends switch on the type and reason, never on the text.
 * <p>Not {@code sealed}: the subtypes live in the packages that detect the problems (data, clv,
 * segment.rfm, predict), and a sealed class in an unnamed module must share its subclasses' package.
 */
public abstract class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the input cannot be used; stable names for front ends and tests. */
    public enum Reason {
        /** missing, unreadable, a directory, permission denied */
        FILE_UNREADABLE,
        /** empty, whitespace only, header only */
        NO_DATA,
        /** binary, UTF-16, malformed CSV, ragged rows */
        NOT_A_TABLE,
        /** too large to load */
        TOO_LARGE,
        /** a column named by the user does not exist */
        COLUMN_MISSING,
        /** a column does not hold the type needed (text where numbers are needed, ...) */
        COLUMN_WRONG_TYPE,
        /** a role (customer, date, amount) could not be found */
        ROLE_NOT_FOUND,
        /** a customer table where a transaction log is needed, or the other way round */
        WRONG_KIND,
        /** one value cannot be parsed or is missing where it is required */
        BAD_VALUE,
        /** fewer rows (customers, purchases) than the analysis or an option needs */
        TOO_FEW_ROWS,
        /** nothing varies: every feature constant, every customer identical */
        NO_VARIATION,
        /** more columns than the analysis can use on this many rows */
        TOO_WIDE,
        /** an option's value does not fit this input */
        OPTION_OUT_OF_RANGE,
        /** an RFM rule table that cannot be used */
        RULE_TABLE,
        /** a saved model that cannot be read or does not fit the file */
        MODEL_BUNDLE,
        /** a segmentation output (segments.json, assignments.csv) that cannot be used */
        SEGMENTS,
        /** a model could not be fitted to this data */
        CANNOT_FIT,
        /** anything else the user must fix in the input */
        OTHER
    }

    private final Reason reason;
    private final transient Path file;
    private final long line;
    private final String column;
    private final String problem;
    private final String fix;
    private final List<Setting> settings;

    /**
     * @param line     1-based physical line in the file, 0 when it does not apply
     * @param column   column name, or null
     * @param fix      what to do, in neutral words ("choose the customer column"), or null
     * @param settings the settings the fix involves, phrased by each front end
     */
    protected UserInputException(Reason reason, Path file, long line, String column, String problem, String fix,
                                 List<Setting> settings, Throwable cause) {
        super(null, cause);
        this.reason = reason == null ? Reason.OTHER : reason;
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.fix = fix;
        this.settings = settings == null ? List.of() : List.copyOf(settings);
    }

    public Reason reason() {
        return reason;
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

    /** What to do, in neutral words, or null. */
    public String fix() {
        return fix;
    }

    public List<Setting> settings() {
        return settings;
    }

    /** The neutral one-line message (no flags, no controls). */
    @Override
    public String getMessage() {
        return message(s -> null);
    }

    /**
     * One line: {@code data.csv: line 12, column 'price': "abc" is not a number. Fix the value (--price).}
     *
     * @param phrase how this front end names a setting (e.g. a flag); null leaves it out
     */
    public String message(Function<Setting, String> phrase) {
        StringBuilder sb = new StringBuilder();
        // Without a file (a problem found below the file layer) the location starts at the line, if any.
        String sep = file == null ? "" : ": ";
        if (file != null) {
            sb.append(file.getFileName());
        }
        if (line > 0) {
            sb.append(sep).append("line ").append(line);
            sep = ", ";
        }
        if (column != null) {
            sb.append(sep).append("column '").append(column).append('\'');
        }
        sb.append(sb.length() == 0 ? "" : ": ").append(oneLine(problem));
        String how = phrased(phrase);
        if (fix != null && !fix.isBlank()) {
            stop(sb);
            sb.append(' ').append(capitalised(oneLine(fix)));
            if (!how.isEmpty()) {
                trimStop(sb);
                sb.append(" (").append(how).append(')');
            }
        } else if (!how.isEmpty()) {
            stop(sb);
            sb.append(" See ").append(how);
        }
        stop(sb);
        return sb.toString();
    }

    private String phrased(Function<Setting, String> phrase) {
        StringBuilder sb = new StringBuilder();
        for (Setting s : settings) {
            String p = phrase.apply(s);
            if (p != null && !p.isBlank() && sb.indexOf(p) < 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(p);
            }
        }
        return sb.toString();
    }

    private static void stop(StringBuilder sb) {
        char c = sb.charAt(sb.length() - 1);
        if (c != '.' && c != '!' && c != '?') {
            sb.append('.');
        }
    }

    private static void trimStop(StringBuilder sb) {
        if (sb.charAt(sb.length() - 1) == '.') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ');
    }
}
