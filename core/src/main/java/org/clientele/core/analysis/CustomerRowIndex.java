package org.clientele.core.analysis;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.Table;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds a customer table's row for each id of a segment run's assignments: by the run's id column (or the
 * table's own id column), or by 1-based row number when the run had no id column ({@code row}).
 */
public final class CustomerRowIndex {

    private CustomerRowIndex() {
    }

    /** First table row of each id; with {@code idColumn} "row" and no such column, "1".."n". */
    public static Map<String, Integer> of(Path file, Table table, String idColumn) {
        Map<String, Integer> index = new HashMap<>();
        if ("row".equals(idColumn) && !table.columnNames().contains("row")) {
            for (int r = 0; r < table.rowCount(); r++) {
                index.put(Integer.toString(r + 1), r);
            }
            return index;
        }
        String column = table.columnNames().contains(idColumn) ? idColumn : table.idColumn();
        if (column == null) {
            throw new DataFileException(Reason.COLUMN_MISSING, file, 0, null, "there is no column '" + idColumn
                    + "' to match the segment assignments on", "Choose the id column", Setting.ID_COLUMN);
        }
        int col = table.columnIndex(column);
        for (int r = 0; r < table.rowCount(); r++) {
            String id = table.text(r, col);
            if (id != null) {
                index.putIfAbsent(id, r);
            }
        }
        return index;
    }
}
