package org.clientele.app.ui.report;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.report.ManagerReport;
import org.clientele.core.report.ReportWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Writes the manager's report of the open file into a folder, exactly as {@code clientele report} does
 * (report.html, summary.json, one list per segment), then hands report.html to the browser.
 */
public final class ReportAction {

    private final TaskRunner runner;
    private final ErrorDialogService dialogs;
    private final Consumer<String> browser;
    private final String version;
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(false);

    /** @param browser opens a URI in the user's browser (the application's host services) */
    public ReportAction(TaskRunner runner, ErrorDialogService dialogs, Consumer<String> browser, String version) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.browser = browser;
        this.version = version;
    }

    /** True when {@code dir} already holds a report the user would overwrite. */
    public static boolean holdsReport(Path dir) {
        return Files.exists(dir.resolve(ReportWriter.HTML)) || Files.exists(dir.resolve(ReportWriter.SUMMARY));
    }

    public void write(OpenedDataset dataset, long seed, Path dir, boolean overwrite) {
        if (dataset == null || writing.get()) {
            return;
        }
        writing.set(true);
        BackgroundWork.of("Writing the manager's report", p -> {
                    ManagerReport report = ManagerReport.build(dataset.file(), dataset.options(), seed, p);
                    return ReportWriter.write(report, dir, overwrite, version, Instant.now());
                })
                .onSucceeded(written -> browser.accept(written.html().toUri().toString()))
                .onFailed(e -> dialogs.showError("Could not write the report", e))
                .onFinished(() -> writing.set(false))
                .runWith(runner);
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }
}
