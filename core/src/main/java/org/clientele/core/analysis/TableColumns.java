package org.clientele.core.analysis;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads model inputs out of a table, with errors that name the file the table came from. */
final class TableColumns {

    private TableColumns() {
    }

    /** The id of every row: the id column's text, or the 1-based row number when there is none. */
    static List<String> rowIds(Table table) {
        List<String> ids = new ArrayList<>(table.rowCount());
        int idCol = table.idColumn() == null ? -1 : table.columnIndex(table.idColumn());
        for (int r = 0; r < table.rowCount(); r++) {
            String id = idCol < 0 ? null : table.text(r, idCol);
            ids.add(id == null ? Integer.toString(r + 1) : id);
        }
        return ids;
    }

    /** @param setting the setting that names such columns, for the fix; may be null */
    static int require(Path file, Table table, String name, String hint, Setting... setting) {
        if (!table.columnNames().contains(name)) {
            throw new DataFileException(Reason.COLUMN_MISSING, file, 0, null, "there is no column '" + name
                    + "' (the columns are " + String.join(", ", table.columnNames()) + ")", hint, setting);
        }
        return table.columnIndex(name);
    }

    /** A numeric column's values (NaN = missing); a DataFileException when it is absent or not numeric. */
    static double[] numeric(Path file, Table table, String name, String hint, Setting... setting) {
        int col = require(file, table, name, hint, setting);
        if (!table.type(col).isNumeric()) {
            throw new DataFileException(Reason.COLUMN_WRONG_TYPE, file, 0, name, "column '" + name + "' is "
                    + table.type(col).label() + ", not numeric", hint, setting);
        }
        return table.numericColumn(col);
    }

    /** Rows × features in original units, for the given rows of the table. */
    static double[][] rows(Path file, Table table, List<String> features, int[] rowIndices, String hint,
                           Setting... setting) {
        double[][] cols = new double[features.size()][];
        for (int f = 0; f < cols.length; f++) {
            cols[f] = numeric(file, table, features.get(f), hint, setting);
        }
        double[][] x = new double[rowIndices.length][features.size()];
        for (int i = 0; i < rowIndices.length; i++) {
            for (int f = 0; f < cols.length; f++) {
                x[i][f] = cols[f][rowIndices[i]];
            }
        }
        return x;
    }
}
