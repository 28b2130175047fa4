package org.clientele.app.ui.map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.DirectTaskRunner;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.core.analysis.AutoencoderMap;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentMap;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.data.Table;
import org.clientele.core.neural.AutoencoderEmbedding;

import java.util.ArrayList;
import java.util.List;

/**
 * State of the Map tab: the segments' points on the first two principal components or on an autoencoder's
 * two learned coordinates (a seeded sample of at most {@link #MAX_POINTS}), and the customers the user
 * selected with the mouse. The autoencoder is trained in the background on first use for a segmentation
 * (progress and Cancel in the status bar) and kept for it.
 */
public final class MapViewModel {

    public static final int MAX_POINTS = 20_000;

    /** What the map's axes are. */
    public enum Coordinates {
        PCA("PCA"), AUTOENCODER("Autoencoder");

        private final String label;

        Coordinates(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One selected customer: id, segment name, confidence and the clustering features in original units. */
    public record Customer(int row, String id, int label, String segment, double confidence, double[] values) {
    }

    private final ObjectProperty<OpenedDataset> dataset;
    private final ObjectProperty<SegmentationReport> report;
    private final ReadOnlyObjectWrapper<SegmentMap> map = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Customer> selection = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<String>> features = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<Coordinates> coordinates = new SimpleObjectProperty<>(Coordinates.PCA);
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(false);
    private final TaskRunner runner;
    private final ErrorDialogService dialogs;
    private OpenedDataset tableOf;
    private Table table;
    /** The autoencoder of the segmentation it was trained for (null until the user first asks for it). */
    private AutoencoderEmbedding autoencoder;
    private Object autoencoderOf;

    /** Without a runner: the autoencoder trains on the calling thread (for tests of the PCA map). */
    public MapViewModel(ObjectProperty<OpenedDataset> dataset, ObjectProperty<SegmentationReport> report) {
        this(dataset, report, new DirectTaskRunner(), (title, error) -> { });
    }

    public MapViewModel(ObjectProperty<OpenedDataset> dataset, ObjectProperty<SegmentationReport> report,
                        TaskRunner runner, ErrorDialogService dialogs) {
        this.dataset = dataset;
        this.report = report;
        this.runner = runner;
        this.dialogs = dialogs;
        report.addListener((obs, old, now) -> show(old, now));
        coordinates.addListener((obs, old, now) -> show(null, report.get()));
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
        if (coordinates.get() == Coordinates.AUTOENCODER) {
            AutoencoderEmbedding ae = autoencoderFor(now);
            if (coordinates.get() != Coordinates.AUTOENCODER || report.get() != now) {
                return; // cancelled or failed at once (back to PCA), or another report: already shown
            }
            map.set(ae == null ? null : AutoencoderMap.of(now, ae, MAX_POINTS));
        } else {
            map.set(SegmentMap.of(now, MAX_POINTS, now.result().seed()));
        }
        features.set(now.result().features());
        if (renameOnly) {
            selection.replaceAll(c -> new Customer(c.row(), c.id(), c.label(), now.segmentName(c.label()),
                    c.confidence(), c.values()));
        } else {
            selection.clear();
        }
    }

    /**
     * The autoencoder for {@code r} if it is known; otherwise starts training it in the background (the map
     * shows again when it is done, or goes back to PCA if it is cancelled or fails) and returns null.
     */
    private AutoencoderEmbedding autoencoderFor(SegmentationReport r) {
        if (autoencoderOf == r.result() && autoencoder != null) {
            return autoencoder;
        }
        if (training.get()) {
            return null;
        }
        Object of = r.result();
        training.set(true);
        BackgroundWork.of("Training the autoencoder for the map", progress -> AutoencoderMap.embedding(r, progress))
                .onSucceeded(ae -> {
                    autoencoder = ae;
                    autoencoderOf = of;
                })
                .onFailed(e -> {
                    coordinates.set(Coordinates.PCA);
                    dialogs.showError("Could not train the autoencoder", e);
                })
                .onCancelled(() -> coordinates.set(Coordinates.PCA))
                .onFinished(() -> {
                    training.set(false);
                    show(null, report.get());
                })
                .runWith(runner);
        return autoencoderOf == r.result() ? autoencoder : null;
    }

    /** Selects the drawn customers inside the rectangle given in map coordinates. */
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

    /** "PC1 (48% of variance)", or "Autoencoder 1 (learned coordinate)". */
    public String axisTitle(int component) {
        if (coordinates.get() == Coordinates.AUTOENCODER) {
            return "Autoencoder " + (component + 1) + " (learned coordinate)";
        }
        SegmentMap m = map.get();
        double share = m == null ? 0 : m.varianceRatio()[component];
        return String.format("PC%d (%.0f%% of variance)", component + 1, 100 * share);
    }

    /** The short axis name for tooltips: "PC1" or "AE1". */
    public String axisShort(int component) {
        return (coordinates.get() == Coordinates.AUTOENCODER ? "AE" : "PC") + (component + 1);
    }

    /**
     * How much of the features the two axes keep: for PCA the variance they explain, for the autoencoder
     * its reconstruction R² next to PCA's with two components, and the customers it flags as anomalies.
     */
    public String fitSummary() {
        SegmentMap m = map.get();
        if (m == null) {
            return "";
        }
        if (coordinates.get() == Coordinates.AUTOENCODER && autoencoder != null) {
            AutoencoderEmbedding ae = autoencoder;
            return String.format("Autoencoder %d → %d → 2: reconstruction R² %.2f (PCA with 2 components: %.2f) · "
                            + "%,d customers reconstructed worse than %.0f%% of training rows (anomalies)",
                    ae.model().inputs(), ae.model().hidden(), ae.reconstructionR2(), ae.pcaR2(), ae.anomalyCount(),
                    AutoencoderEmbedding.ANOMALY_PERCENTILE);
        }
        double[] v = m.varianceRatio();
        return String.format("PC1 and PC2 explain %.0f%% of the variance", 100 * (v[0] + v[1]));
    }

    /** The reconstruction error of the customer in {@code row} under the map's autoencoder, NaN under PCA. */
    public double reconstructionError(int row) {
        AutoencoderEmbedding ae = autoencoder;
        return coordinates.get() == Coordinates.AUTOENCODER && ae != null && row < ae.errors().length
                ? ae.errors()[row] : Double.NaN;
    }

    /** The drawn customers the map's autoencoder flags as anomalies: {x[], y[]} (empty under PCA). */
    public double[][] anomalyPoints() {
        SegmentMap m = map.get();
        if (m == null || coordinates.get() != Coordinates.AUTOENCODER) {
            return new double[][] {{}, {}};
        }
        List<double[]> points = new ArrayList<>();
        for (SegmentMap.Group g : m.groups()) {
            for (int i = 0; i < g.size(); i++) {
                if (anomaly(g.rows()[i])) {
                    points.add(new double[] {g.x()[i], g.y()[i]});
                }
            }
        }
        double[][] out = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[0][i] = points.get(i)[0];
            out[1][i] = points.get(i)[1];
        }
        return out;
    }

    /** "Segment map · principal components" or "Segment map · autoencoder". */
    public String chartTitle() {
        return "Segment map · " + (coordinates.get() == Coordinates.AUTOENCODER ? "autoencoder" : "principal components");
    }

    public boolean anomaly(int row) {
        AutoencoderEmbedding ae = autoencoder;
        return coordinates.get() == Coordinates.AUTOENCODER && ae != null && row < ae.anomalies().length
                && ae.anomalies()[row];
    }

    /** What the map shows, e.g. "1,082 customers" or "20,000 of 400,000 customers (seeded sample)". */
    public String caption() {
        SegmentMap m = map.get();
        if (m == null) {
            if (report.get() != null && training.get()) {
                return "Training the autoencoder on the standardized features (progress and Cancel below)…";
            }
            return "Run a segmentation on the Segments tab to see the map.";
        }
        String drawn = m.sampled()
                ? String.format("%,d of %,d customers drawn (seeded random sample)", m.drawn(), m.total())
                : String.format("%,d customers", m.total());
        return drawn + " · drag a rectangle to list customers";
    }

    /** PCA or Autoencoder; choosing Autoencoder trains one the first time for a segmentation. */
    public ObjectProperty<Coordinates> coordinatesProperty() {
        return coordinates;
    }

    /** True while the map's autoencoder trains. */
    public ReadOnlyBooleanProperty trainingProperty() {
        return training.getReadOnlyProperty();
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
