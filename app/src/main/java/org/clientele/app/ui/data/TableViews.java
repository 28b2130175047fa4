package org.clientele.app.ui.data;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.clientele.core.data.Table;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Shows a core {@link Table} in a virtualized {@link TableView}: items are row numbers and cells read
 * the table on demand, so half a million rows cost one boxed integer each, not a copy of the data.
 */
final class TableViews {

    private TableViews() {
    }

    static void show(TableView<Integer> view, Table table) {
        view.getColumns().clear();
        for (int c = 0; c < table.columnNames().size(); c++) {
            view.getColumns().add(column(table, c));
        }
        ObservableList<Integer> rows = FXCollections.observableArrayList(
                IntStream.range(0, table.rowCount()).boxed().toList());
        view.setItems(rows);
    }

    private static TableColumn<Integer, Object> column(Table table, int c) {
        String name = table.columnNames().get(c);
        TableColumn<Integer, Object> column = new TableColumn<>(name);
        boolean numeric = table.type(c).isNumeric();
        // Cells show the value as written (no thousands separators: many integer columns are codes such as
        // invoice numbers); numeric columns still sort as numbers.
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(table.text(cell.getValue(), c)));
        if (numeric) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            column.setComparator(Comparator.nullsFirst(Comparator.comparingDouble(o -> Double.parseDouble((String) o))));
        } else {
            column.setComparator(Comparator.nullsFirst(Comparator.comparing(Object::toString)));
        }
        column.setPrefWidth(width(table, c, name));
        return column;
    }

    /** Wide enough for the header and the longest of the first rows, within reason. */
    private static double width(Table table, int c, String name) {
        int chars = name.length() + 2;
        for (int r = 0; r < Math.min(200, table.rowCount()); r++) {
            String v = table.text(r, c);
            if (v != null) {
                chars = Math.max(chars, v.length());
            }
        }
        return Math.max(70, Math.min(320, 7.5 * chars + 20));
    }
}
