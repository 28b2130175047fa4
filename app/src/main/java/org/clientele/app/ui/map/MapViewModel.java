package org.clientele.app.ui.map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentMap;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.data.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * State of the Map tab: the segments' points on the first two principal components (a seeded sample
 * of at most {@link #MAX_POINTS}), and the customers the user selected with the mouse.
 */
public final class MapViewModel {

    public static final int MAX_POINTS = 20_000;

    /** One selected customer: id, segment name, confidence and the clustering features in original units. */
    public record Customer(int row, String id, int label, String segment, double confidence, double[] values) {
    }

    private final ObjectProperty<OpenedDataset> dataset;
    private final ObjectProperty<SegmentationReport> report;
    private final ReadOnlyObjectWrapper<SegmentMap> map = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Customer> selection = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<String>> features = new ReadOnlyObjectWrapper<>(List.of());
    private OpenedDataset tableOf;
    private Table table;

    public MapViewModel(ObjectProperty<OpenedDataset> dataset, ObjectProperty<SegmentationReport> report) {
        this.dataset = dataset;
        this.report = report;
        report.addListener((obs, old, now) -> show(old, now));
        show(null, report.get());
    }

    private void show(SegmentationReport old, SegmentationReport now) {
        if (now == null) {
            map.set(null);
            selection.clear();
            features.set(List.of());
            return;
        }
        boolean renameOnly = old != null && old.result() == now.result();
        map.set(SegmentMap.of(now, MAX_POINTS, now.result().seed()));
        features.set(now.result().features());
        if (renameOnly) {
            selection.replaceAll(c -> new Customer(c.row(), c.id(), c.label(), now.segmentName(c.label()),
                    c.confidence(), c.values()));
        } else {
            selection.clear();
        }
    }

    /** Selects the drawn customers inside the rectangle given in map (PC) coordinates. */
    public void select(double x0, double x1, double y0, double y1) {
        SegmentMap m = map.get();
        SegmentationReport r = report.get();
        if (m == null || r == null) {
            selection.clear();
            return;
        }
        Table t = table();
        List<String> names = features.get();
        int[] cols = new int[names.size()];
        for (int f = 0; f < cols.length; f++) {
            cols[f] = t == null ? -1 : t.columnNames().indexOf(names.get(f));
        }
        List<Customer> out = new ArrayList<>();
        for (int row : m.rowsWithin(x0, x1, y0, y1)) {
            double[] values = new double[cols.length];
            for (int f = 0; f < cols.length; f++) {
                values[f] = cols[f] < 0 || row >= t.rowCount() ? Double.NaN : t.number(row, cols[f]);
            }
            int label = r.result().labels()[row];
            out.add(new Customer(row, r.rowIds().get(row), label, r.segmentName(label), r.result().confidence()[row],
                    values));
        }
        selection.setAll(out);
    }

    /** The id of the customer in row {@code row} of the report. */
    public String customerId(int row) {
        SegmentationReport r = report.get();
        return r == null ? "" : r.rowIds().get(row);
    }

    public void clearSelection() {
        selection.clear();
    }

    /** The customer table the report was computed on, built once per dataset. */
    private Table table() {
        OpenedDataset d = dataset.get();
        if (d != tableOf) {
            tableOf = d;
            table = d == null ? null : d.customerTable();
        }
        return table;
    }

    /** "PC1 (48% of variance)". */
    public String axisTitle(int component) {
        SegmentMap m = map.get();
        double share = m == null ? 0 : m.varianceRatio()[component];
        return String.format("PC%d (%.0f%% of variance)", component + 1, 100 * share);
    }

    /** What the map shows, e.g. "1,082 customers" or "20,000 of 400,000 customers (seeded sample)". */
    public String caption() {
        SegmentMap m = map.get();
        if (m == null) {
            return "Run a segmentation on the Segments tab to see the map.";
        }
        String drawn = m.sampled()
                ? String.format("%,d of %,d customers drawn (seeded random sample)", m.drawn(), m.total())
                : String.format("%,d customers", m.total());
        return drawn + " · drag a rectangle to list customers";
    }

    public ReadOnlyObjectProperty<SegmentMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public ObservableList<Customer> selection() {
        return selection;
    }

    /** The clustering features, the selection table's value columns. */
    public ReadOnlyObjectProperty<List<String>> featuresProperty() {
        return features.getReadOnlyProperty();
    }
}
