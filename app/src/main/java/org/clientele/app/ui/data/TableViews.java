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
        TableColumn<Integer, Object> column = new TableColumn<>(table.columnNames().get(c));
        boolean numeric = table.type(c).isNumeric();
        column.setCellValueFactory(cell -> {
            int row = cell.getValue();
            if (numeric) {
                double v = table.number(row, c);
                return new ReadOnlyObjectWrapper<>(Double.isNaN(v) ? null : v);
            }
            return new ReadOnlyObjectWrapper<>(table.text(row, c));
        });
        if (numeric) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            column.setComparator(Comparator.nullsFirst(Comparator.comparingDouble(o -> (Double) o)));
            column.setCellFactory(col -> new NumberCell());
        } else {
            column.setComparator(Comparator.nullsFirst(Comparator.comparing(Object::toString)));
        }
        column.setPrefWidth(Math.max(90, Math.min(220, 9 * table.columnNames().get(c).length() + 30)));
        return column;
    }

    /** Numbers as people read them: whole numbers without decimals, others to two places. */
    private static final class NumberCell extends javafx.scene.control.TableCell<Integer, Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else {
                double v = (Double) item;
                setText(v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.format("%,.2f", v));
            }
        }
    }
}
