package org.clientele.app.ui.map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.clientele.app.ui.common.DirectTaskRunner;
import org.clientele.app.ui.common.RecordingErrorDialogs;
import org.clientele.core.analysis.DatasetOpener;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentMap;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Map's PCA | Autoencoder choice without a screen: trained once, cancelled back to PCA, errors shown. */
class MapAutoencoderViewModelTest {

    @TempDir
    Path dir;

    private final RecordingErrorDialogs dialogs = new RecordingErrorDialogs();

    private ObjectProperty<SegmentationReport> segmented(ObjectProperty<OpenedDataset> dataset, String header,
                                                         int columns) throws Exception {
        Random random = new Random(9);
        StringBuilder csv = new StringBuilder(header + "\n");
        for (int i = 0; i < 120; i++) {
            int g = i % 3;
            csv.append("C").append(i);
            for (int c = 0; c < columns; c++) {
                csv.append(String.format(Locale.ROOT, ",%.2f", 10 * g * (c + 1) + 3 * random.nextGaussian()));
            }
            csv.append('\n');
        }
        Path file = Files.writeString(dir.resolve(columns + ".csv"), csv);
        dataset.set(DatasetOpener.open(file, ReadOptions.DEFAULT, Progress.NONE));
        SegmentationReport report = SegmentationRun.run(file, dataset.get().customerTable(),
                SegmentOptions.DEFAULT.withK(3).withBootstrap(0), Progress.NONE);
        return new SimpleObjectProperty<>(report);
    }

    @Test
    void autoencoderCoordinatesReplaceThePrincipalComponentsAndComeBackWithoutRetraining() throws Exception {
        ObjectProperty<OpenedDataset> dataset = new SimpleObjectProperty<>();
        ObjectProperty<SegmentationReport> report = segmented(dataset, "customer,a,b,c,d", 4);
        MapViewModel map = new MapViewModel(dataset, report, new DirectTaskRunner(), dialogs);
        SegmentMap pca = map.mapProperty().get();
        assertTrue(map.axisTitle(0).startsWith("PC1 ("), map.axisTitle(0));

        map.coordinatesProperty().set(MapViewModel.Coordinates.AUTOENCODER);
        SegmentMap ae = map.mapProperty().get();
        assertNotNull(ae);
        assertEquals(120, ae.drawn());
        assertEquals("Autoencoder 2 (learned coordinate)", map.axisTitle(1));
        assertTrue(map.fitSummary().contains("reconstruction R²"), map.fitSummary());
        assertTrue(Double.isFinite(map.reconstructionError(0)));
        assertTrue(ae.groups().get(0).x()[0] != pca.groups().get(0).x()[0], "other coordinates");

        map.coordinatesProperty().set(MapViewModel.Coordinates.PCA);
        assertTrue(Double.isNaN(map.reconstructionError(0)));
        map.coordinatesProperty().set(MapViewModel.Coordinates.AUTOENCODER);
        assertEquals(ae.groups().get(0).x()[0], map.mapProperty().get().groups().get(0).x()[0], 0.0,
                "the same autoencoder, kept for this segmentation");
        assertTrue(dialogs.shown().isEmpty());
    }

    @Test
    void cancellingTheTrainingGoesBackToPrincipalComponents() throws Exception {
        ObjectProperty<OpenedDataset> dataset = new SimpleObjectProperty<>();
        ObjectProperty<SegmentationReport> report = segmented(dataset, "customer,a,b,c,d", 4);
        MapViewModel map = new MapViewModel(dataset, report, DirectTaskRunner.cancelledByUser(), dialogs);
        map.coordinatesProperty().set(MapViewModel.Coordinates.AUTOENCODER);
        assertEquals(MapViewModel.Coordinates.PCA, map.coordinatesProperty().get());
        assertTrue(map.axisTitle(0).startsWith("PC1 ("));
        assertNotNull(map.mapProperty().get());
        assertTrue(dialogs.shown().isEmpty(), "cancelling is not an error");
    }

    @Test
    void twoFeaturesCannotBeCompressedToTwoAndSaySo() throws Exception {
        ObjectProperty<OpenedDataset> dataset = new SimpleObjectProperty<>();
        ObjectProperty<SegmentationReport> report = segmented(dataset, "customer,a,b", 2);
        MapViewModel map = new MapViewModel(dataset, report, new DirectTaskRunner(), dialogs);
        map.coordinatesProperty().set(MapViewModel.Coordinates.AUTOENCODER);
        assertEquals(MapViewModel.Coordinates.PCA, map.coordinatesProperty().get());
        assertEquals(1, dialogs.shown().size());
        assertTrue(dialogs.single().text().contains("do not compress 2 features"), dialogs.single().text());
    }
}
