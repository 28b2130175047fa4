package org.clientele.core.project;

import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.MonitoringRun;
import org.clientele.core.analysis.PredictionRun;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.Table;
import org.clientele.core.io.Json;
import org.clientele.core.io.OutputFiles;
import org.clientele.core.monitor.ReferenceProfile;
import org.clientele.core.predict.ModelBundle;
import org.clientele.core.report.SegmentAssignments;
import org.clientele.core.roi.CampaignRoi;
import org.clientele.core.roi.RoiDocument;
import org.clientele.core.roi.SegmentEconomicsReader;
import org.clientele.core.task.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Re-runs a saved analysis headless, writing what the single commands write: {@code segments.json} and
 * {@code assignments.csv} (with the user's segment names), {@code roi-NAME.json} per campaign scenario,
 * and per saved model {@code predictions-NAME.csv} and, when the model has a reference, {@code monitor-NAME.json}.
 */
public final class ProjectRunner {

    /** What a run did: the data file used, how it compares with the saved one, and the files written. */
    public record Outcome(Path data, DataReference.Status dataStatus, SegmentationReport segmentation,
                          List<Path> written) {
    }

    private ProjectRunner() {
    }

    /** The output files a run into {@code outDir} would write, for checking them before any work. */
    public static List<Path> outputs(Project project, Path outDir) {
        List<Path> out = new ArrayList<>(List.of(outDir.resolve("segments.json"), outDir.resolve("assignments.csv")));
        project.roiScenarios().forEach(s -> out.add(outDir.resolve("roi-" + slug(s.name()) + ".json")));
        for (String model : project.models()) {
            out.add(outDir.resolve("predictions-" + slug(model) + ".csv"));
            out.add(outDir.resolve("monitor-" + slug(model) + ".json"));
        }
        return out;
    }

    /**
     * @param data the data file to use, or null for the one the project recorded
     */
    public static Outcome run(OpenedProject opened, Path data, Path outDir, boolean force, Progress progress) {
        Project project = opened.project();
        Path file = data != null ? data : Path.of(project.data().path());
        DataReference.Status status = project.data().check(file);
        if (status == DataReference.Status.MISSING) {
            throw new DataFileException(file, 0, null, "no such file: the analysis' data file has moved or was deleted",
                    "Give the data file's new place");
        }
        outputs(project, outDir).forEach(p -> OutputFiles.checkWritable(p, force));
        Table table = CustomerTables.load(file, project.read().toOptions(), progress.slice(0, 0.2));
        SegmentationReport report = SegmentationRun.run(file, table, project.segmentation().toOptions(),
                progress.slice(0.2, 0.8));
        for (Map.Entry<Integer, String> name : project.segmentNames().entrySet()) {
            report = report.withCustomName(name.getKey(), name.getValue());
        }
        List<Path> written = new ArrayList<>();
        report.writeJson(outDir.resolve("segments.json"));
        report.writeAssignments(outDir.resolve("assignments.csv"));
        written.add(outDir.resolve("segments.json"));
        written.add(outDir.resolve("assignments.csv"));
        progress.update(0.85, "Campaign scenarios");
        SegmentAssignments assignments = SegmentAssignments.of(report);
        String response = SegmentEconomicsReader.detectResponseColumn(table);
        for (RoiScenario scenario : project.roiScenarios()) {
            Path target = outDir.resolve("roi-" + slug(scenario.name()) + ".json");
            Json.write(target, new RoiDocument(outDir.toString(), file.toString(), response, CampaignRoi.simulate(
                    SegmentEconomicsReader.read(assignments, file, table, response), scenario.settings())));
            written.add(target);
        }
        progress.update(0.9, "Scoring with the saved models");
        for (String name : project.models()) {
            ModelBundle bundle = opened.model(name);
            Path predictions = outDir.resolve("predictions-" + slug(name) + ".csv");
            PredictionRun.score(file, table, bundle, false).writeCsv(predictions);
            written.add(predictions);
            if (Files.isRegularFile(opened.modelDir(name).resolve(ReferenceProfile.FILE))) {
                Path monitor = outDir.resolve("monitor-" + slug(name) + ".json");
                Json.write(monitor, MonitoringRun.drift(file, table, bundle, ReferenceProfile.read(opened.modelDir(name))));
                written.add(monitor);
            }
        }
        progress.update(1, "Re-ran the analysis");
        return new Outcome(file, status, report, written);
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
