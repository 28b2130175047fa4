package org.clientele.core.io;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from being run as a formula when the file is opened in a spreadsheet (CSV
 * injection): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return gets a leading {@code '}, as OWASP advises, unless the whole cell is a plain number such as
 * {@code -12.5}. Reading reverses it exactly, so an id survives a write and a read unchanged.
 *
 * <p>A cell that already starts with {@code '} before such a character gets one more {@code '}, so
 * {@link #original(String)} of {@link #neutralise(String)} is always the original text.
 *
 * @see <a href="https://owasp.org/www-community/attacks/CSV_Injection">OWASP: CSV Injection</a>
 */
public final class SpreadsheetCells {

    /** What Clientele writes for a number: an optional minus, digits, a fraction, an exponent. No '+'. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private SpreadsheetCells() {
    }

    /** The cell as it is safe to write: {@code "=1+2"} → {@code "'=1+2"}, {@code "-12.5"} unchanged. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return startsFormula(afterQuotes(cell)) && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #neutralise}: one leading {@code '} before a formula start removed. */
    public static String original(String cell) {
        if (cell == null || cell.isEmpty() || cell.charAt(0) != '\'') {
            return cell;
        }
        return startsFormula(afterQuotes(cell)) ? cell.substring(1) : cell;
    }

    /** True when a spreadsheet would start a formula (or a cell-splitting control) at this cell. */
    public static boolean startsFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static String afterQuotes(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return cell.substring(i);
    }
}
