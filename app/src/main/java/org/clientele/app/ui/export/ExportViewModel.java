package org.clientele.app.ui.export;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.ErrorDialogs;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.report.ListFilter;
import org.clientele.core.report.MarketingList;
import org.clientele.core.report.SegmentAssignments;
import org.clientele.core.segment.rfm.RfmSegmentSummary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * State of the Export tab: which segments, RFM groups and bounds are chosen, and the list they give.
 * Everyone is joined and ordered once per segmentation (in the background); each change of a choice
 * then filters that list in one pass, so the preview follows the checkboxes at once.
 */
public final class ExportViewModel {

    /** A checkbox: a segment id or RFM segment name, its label with the count, and whether it is ticked. */
    public static final class Choice<T> {
        private final T key;
        private final String label;
        private final BooleanProperty selected = new SimpleBooleanProperty(true);

        Choice(T key, String label) {
            this.key = key;
            this.label = label;
        }

        public T key() {
            return key;
        }

        public String label() {
            return label;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    /** Lower and upper bound typed for one numeric column; blank = open, text that is not a number = ignored. */
    public static final class Bound {
        private final String column;
        private final StringProperty min = new SimpleStringProperty("");
        private final StringProperty max = new SimpleStringProperty("");

        Bound(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }

        public StringProperty minProperty() {
            return min;
        }

        public StringProperty maxProperty() {
            return max;
        }

        /** The typed value, NaN when blank; null when it is not a number. */
        public static Double parse(String text) {
            String t = text == null ? "" : text.strip().replace(",", "").replace("_", "").replace(" ", "");
            if (t.isEmpty()) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private final TaskRunner runner;
    private final ObjectProperty<SegmentationReport> segmentation = new SimpleObjectProperty<>();
    private final ObjectProperty<OpenedDataset> dataset = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Choice<Integer>> segments = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> rfmSegments = FXCollections.observableArrayList();
    private final ObservableList<Bound> bounds = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MarketingList> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ErrorDialogService dialogs;
    private MarketingList everyone;
    private final javafx.beans.property.BooleanProperty lifetimeColumns = new javafx.beans.property.SimpleBooleanProperty(false);
    private org.clientele.app.ui.clv.LifetimeValueModel lifetime;

    /** @deprecated pass the window's dialog service: failures here show as alerts without an owner */
    @Deprecated
    public ExportViewModel(TaskRunner runner) {
        this(runner, ErrorDialogs.unowned());
    }

    /** @param dialogs where a failed preparation or export is reported (cancelling reports nothing) */
    public ExportViewModel(TaskRunner runner, ErrorDialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
        segmentation.addListener((obs, old, now) -> prepare());
        dataset.addListener((obs, old, now) -> prepare());
    }

    /**
     * Offers lifetime-value columns (P(alive), expected purchases and spend, CLV) for a transaction log; ticking
     * them estimates lifetime value once and prepares the list again with them.
     */
    public void useLifetimeValue(org.clientele.app.ui.clv.LifetimeValueModel model) {
        this.lifetime = model;
        lifetimeColumns.addListener((obs, was, on) -> {
            if (on) {
                model.ensure(this::prepare);
            } else {
                prepare();
            }
        });
    }

    public javafx.beans.property.BooleanProperty lifetimeColumnsProperty() {
        return lifetimeColumns;
    }

    /** True when the open file is a transaction log, whose customers have a lifetime value. */
    public javafx.beans.binding.BooleanBinding lifetimeAvailable() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> lifetime != null && lifetime.available(), dataset);
    }

    /** Follows the workbench's segmentation and dataset. */
    public void bind(ObservableValue<SegmentationReport> segmentationSource, ObservableValue<OpenedDataset> datasetSource) {
        dataset.bind(datasetSource);
        segmentation.bind(segmentationSource);
    }

    private void prepare() {
        SegmentationReport report = segmentation.get();
        OpenedDataset data = dataset.get();
        everyone = null;
        ready.set(false);
        segments.clear();
        rfmSegments.clear();
        bounds.clear();
        preview.set(null);
        summary.set("");
        message.set("");
        if (report == null || data == null) {
            return;
        }
        busy.set(true);
        org.clientele.core.clv.ClvResult clv = lifetimeColumns.get() && lifetime != null
                ? lifetime.resultProperty().get() : null;
        BackgroundWork.of("Preparing the marketing list",
                        progress -> MarketingList.prepare(clv == null ? data.customerTable()
                                        : org.clientele.core.analysis.ClvColumns.append(data.customerTable(), clv),
                                SegmentAssignments.of(report),
                                clv == null ? List.of() : org.clientele.core.analysis.ClvColumns.NAMES))
                .onSucceeded(list -> {
                    if (segmentation.get() == report && dataset.get() == data) {
                        show(report, list);
                    }
                })
                .onFailed(e -> dialogs.showError("Could not prepare the marketing list", e))
                .onCancelled(() -> message.set("Preparing the list was cancelled; segment again to export."))
                .onFinished(() -> busy.set(false))
                .runWith(runner);
    }

    private void show(SegmentationReport report, MarketingList list) {
        everyone = list;
        Map<Integer, Integer> counts = list.countsBySegment();
        List<Choice<Integer>> segmentChoices = new ArrayList<>();
        list.assignments().names().forEach((id, name) -> segmentChoices.add(new Choice<>(id,
                String.format("%s (%,d)", name, counts.getOrDefault(id, 0)))));
        List<Choice<String>> rfmChoices = new ArrayList<>();
        if (report.rfm() != null) {
            for (RfmSegmentSummary s : report.rfm().segments()) {
                if (s.count() > 0) {
                    rfmChoices.add(new Choice<>(s.segment(), String.format("%s (%,d)", s.segment(), s.count())));
                }
            }
        }
        List<Bound> boundRows = list.valueColumns().stream().map(Bound::new).toList();
        segmentChoices.forEach(c -> c.selectedProperty().addListener((o, a, b) -> refresh()));
        rfmChoices.forEach(c -> c.selectedProperty().addListener((o, a, b) -> refresh()));
        boundRows.forEach(b -> {
            b.minProperty().addListener((o, x, y) -> refresh());
            b.maxProperty().addListener((o, x, y) -> refresh());
        });
        segments.setAll(segmentChoices);
        rfmSegments.setAll(rfmChoices);
        bounds.setAll(boundRows);
        ready.set(true);
        refresh();
    }

    /** The filter the ticked boxes and typed bounds describe. */
    public ListFilter filter() {
        Set<Integer> ids = new LinkedHashSet<>();
        segments.stream().filter(c -> c.selectedProperty().get()).forEach(c -> ids.add(c.key()));
        Set<String> rfm = null;
        if (!rfmSegments.isEmpty()) {
            rfm = new LinkedHashSet<>();
            for (Choice<String> c : rfmSegments) {
                if (c.selectedProperty().get()) {
                    rfm.add(c.key());
                }
            }
        }
        List<ListFilter.Range> ranges = new ArrayList<>();
        for (Bound b : bounds) {
            Double min = Bound.parse(b.minProperty().get());
            Double max = Bound.parse(b.maxProperty().get());
            double lo = min == null ? Double.NaN : min;
            double hi = max == null ? Double.NaN : max;
            if (!Double.isNaN(lo) || !Double.isNaN(hi)) {
                ranges.add(new ListFilter.Range(b.column(), lo, hi));
            }
        }
        return new ListFilter(ids, rfm, ranges, false);
    }

    private void refresh() {
        if (everyone == null) {
            return;
        }
        MarketingList list = everyone.select(filter());
        preview.set(list);
        double revenue = list.revenue();
        summary.set(String.format("%,d customer%s", list.size(), list.size() == 1 ? "" : "s")
                + (Double.isNaN(revenue) ? "" : String.format(", revenue %,.0f", revenue))
                + String.format(" (of %,d)", everyone.size()));
    }

    /** Ticks or unticks every segment (or every RFM segment). */
    public void selectAllSegments(boolean selected) {
        segments.forEach(c -> c.selectedProperty().set(selected));
    }

    public void selectAllRfmSegments(boolean selected) {
        rfmSegments.forEach(c -> c.selectedProperty().set(selected));
    }

    /** A file name for the list as chosen: the segment's name when one is ticked, else a general one. */
    public String suggestedFileName() {
        List<Choice<Integer>> ticked = segments.stream().filter(c -> c.selectedProperty().get()).toList();
        MarketingList list = everyone;
        String base;
        if (list == null || ticked.isEmpty() || ticked.size() == segments.size()) {
            base = "marketing-list";
        } else {
            base = MarketingList.slug(list.assignments().names().get(ticked.get(0).key()));
            if (ticked.size() > 1) {
                base += "-and-" + (ticked.size() - 1) + "-more";
            }
        }
        List<Choice<String>> rfm = rfmSegments.stream().filter(c -> c.selectedProperty().get()).toList();
        if (rfm.size() == 1 && rfmSegments.size() > 1) {
            base += "-" + MarketingList.slug(rfm.get(0).key());
        }
        return (base.isEmpty() ? "marketing-list" : base) + ".csv";
    }

    /** Writes the previewed list to {@code file} in the background (replacing it: the chooser asked). */
    public void export(Path file) {
        MarketingList list = preview.get();
        if (list == null) {
            return;
        }
        busy.set(true);
        BackgroundWork.of("Writing " + file.getFileName(), progress -> {
                    list.writeCsv(file);
                    return file;
                })
                .onSucceeded(written -> message.set(String.format("Wrote %,d customers to %s", list.size(), written)))
                .onFailed(e -> dialogs.showError("Could not export the list", e))
                .onFinished(() -> busy.set(false))
                .runWith(runner);
    }

    /** Files of {@link #exportPerSegment} that exist already, so the user can be asked before replacing them. */
    public List<Path> existingPerSegmentFiles(Path dir) {
        MarketingList list = preview.get();
        if (list == null) {
            return List.of();
        }
        return list.perSegmentFiles(dir).values().stream().filter(Files::exists).toList();
    }

    /** One CSV per segment on the list into {@code dir}; existing files are replaced only with {@code overwrite}. */
    public void exportPerSegment(Path dir, boolean overwrite) {
        MarketingList list = preview.get();
        if (list == null) {
            return;
        }
        busy.set(true);
        BackgroundWork.of("Writing one file per segment", progress -> list.writePerSegment(dir, overwrite))
                .onSucceeded(files -> message.set(String.format("Wrote %d file%s into %s", files.size(),
                        files.size() == 1 ? "" : "s", dir)))
                .onFailed(e -> dialogs.showError("Could not export the list", e))
                .onFinished(() -> busy.set(false))
                .runWith(runner);
    }

    public ObjectProperty<SegmentationReport> segmentationProperty() {
        return segmentation;
    }

    public ObjectProperty<OpenedDataset> datasetProperty() {
        return dataset;
    }

    /** True once a segmentation's list is prepared. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ObservableList<Choice<Integer>> segments() {
        return segments;
    }

    public ObservableList<Choice<String>> rfmSegments() {
        return rfmSegments;
    }

    public ObservableList<Bound> bounds() {
        return bounds;
    }

    public ReadOnlyObjectProperty<MarketingList> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "412 customers, revenue 1,234,567 (of 1,082)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last export wrote. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the list is prepared or written; false again however that ends. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
