package org.clientele.app.ui.data;

import org.clientele.app.ui.common.DirectTaskRunner;
import org.clientele.app.ui.common.RecordingErrorDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatCannotBeReadIsReportedOnceWithWhereAndWhy() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.csv"), "id,name\n1,\"never closed\n2,b\n");
        RecordingErrorDialogs dialogs = new RecordingErrorDialogs();
        DataViewModel model = new DataViewModel(new DirectTaskRunner(), dialogs);

        model.open(broken);

        assertEquals("Could not open the file", dialogs.single().title());
        assertTrue(dialogs.single().text().contains("broken.csv"), dialogs.single().text());
        assertTrue(dialogs.single().text().contains("line 2"), dialogs.single().text());
        assertFalse(model.openingProperty().get());
        assertNull(model.datasetProperty().get());
    }

    @Test
    void cancellingAnOpenKeepsTheOpenFileAndShowsNoError() throws Exception {
        Path good = Files.writeString(dir.resolve("good.csv"), "id,spend\n1,10\n2,20\n3,30\n");
        RecordingErrorDialogs dialogs = new RecordingErrorDialogs();
        DataViewModel model = new DataViewModel(new DirectTaskRunner(), dialogs);
        model.open(good);
        var opened = model.datasetProperty().get();

        DataViewModel cancelled = new DataViewModel(DirectTaskRunner.cancelledByUser(), dialogs);
        cancelled.open(good);
        assertNull(cancelled.datasetProperty().get(), "a cancelled open shows nothing");
        assertFalse(cancelled.openingProperty().get(), "Cancel returns to idle");
        assertTrue(dialogs.shown().isEmpty(), () -> dialogs.shown().toString());
        assertSame(opened, model.datasetProperty().get());
    }
}
