package org.clientele.app.ui.data;

import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.data.DataKind;
import org.clientele.core.data.DataSource;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.TransactionColumns;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * How the workbench opens data files: File ▸ Open… (remembering the last folder) and Kind & columns…,
 * which confirms or overrides what was detected and opens the file again with it.
 */
public final class FileOpening {

    private final Stage stage;
    private final DataViewModel data;
    private final TaskRunner runner;
    private final Preferences prefs;

    /** @param prefs where the last folder is remembered */
    public FileOpening(Stage stage, DataViewModel data, TaskRunner runner, Preferences prefs) {
        this.stage = stage;
        this.data = data;
        this.runner = runner;
        this.prefs = prefs;
    }

    public void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a customer table or transaction log");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.tsv", "*.txt", "*.csv.gz", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        String last = prefs.get("lastFolder", null);
        if (last != null && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(new File(last));
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            prefs.put("lastFolder", chosen.getParent());
            data.open(chosen.toPath());
        }
    }

    /** Kind & columns…: confirm or override what was detected, then re-open the file with it. */
    public void showReadOptions() {
        OpenedDataset opened = data.datasetProperty().get();
        if (opened == null) {
            return;
        }
        if (opened.isTransactionLog()) {
            showReadOptions(opened, null);
            return;
        }
        // A customer table: read the first rows as a log to suggest its columns should the user switch kind.
        runner.submit("Reading the columns of " + opened.file().getFileName(), p -> transactionHints(opened.file()),
                hints -> showReadOptions(opened, hints), error -> showReadOptions(opened, null));
    }

    private static TransactionColumns transactionHints(Path file) {
        try (DataSource source = DataSource.open(file, new ReadOptions(DataKind.TRANSACTIONS, null, null))) {
            return source.schema().roles();
        }
    }

    private void showReadOptions(OpenedDataset opened, TransactionColumns hints) {
        ReadOptionsViewModel model = new ReadOptionsViewModel(opened);
        model.suggest(hints);
        ReadOptionsDialog dialog = new ReadOptionsDialog(stage, opened, model);
        dialog.setOnHidden(e -> {
            ReadOptions options = dialog.getResult();
            if (options != null) {
                data.open(opened.file(), options);
            }
        });
        dialog.show();
    }
}
