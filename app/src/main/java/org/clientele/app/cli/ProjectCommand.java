package org.clientele.app.cli;

import org.clientele.core.data.DataFileException;
import org.clientele.core.io.TempFolders;
import org.clientele.core.project.DataReference;
import org.clientele.core.project.OpenedProject;
import org.clientele.core.project.Project;
import org.clientele.core.project.ProjectArchive;
import org.clientele.core.project.ProjectRunner;
import org.clientele.core.project.ReadSettings;
import org.clientele.core.project.RoiScenario;
import org.clientele.core.project.SegmentRunSettings;
import org.clientele.core.roi.CampaignSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code clientele project create|run}: keep an analysis as a .clientele file and re-run it headless. */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = {"Keep an analysis as a .clientele file and re-run it headless (for schedules)."},
        subcommands = {ProjectCommand.Create.class, ProjectCommand.Run.class})
final class ProjectCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Save a project from a segment run: the data file (its place and checksum), how it was",
                    "read, the run's settings and seed, renamed segments, trained models and campaign scenarios."})
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The customer table or transaction log analysed.")
        Path data;

        @Option(names = "--segments", required = true, paramLabel = "DIR", description = "Output directory of 'clientele segment' on FILE.")
        Path segments;

        @Option(names = "--model", paramLabel = "NAME=DIR", description = "A model saved by 'clientele train' (repeatable).")
        Map<String, Path> models = new LinkedHashMap<>();

        @Option(names = "--campaign", paramLabel = "NAME=COST", description = "A campaign scenario with this cost per contact and default settings (repeatable).")
        Map<String, Double> campaigns = new LinkedHashMap<>();

        @Option(names = "--out", required = true, paramLabel = "FILE.clientele", description = "The project file to write.")
        Path out;

        @Mixin
        CommonOptions.Force overwrite;

        @Mixin
        InputOptions input;

        @Override
        public Integer call() {
            if (!out.getFileName().toString().endsWith(ProjectArchive.EXTENSION)) {
                throw new CliException(ExitCodes.USAGE, "--out must end in " + ProjectArchive.EXTENSION + ", not '" + out + "'.");
            }
            if (!Files.isRegularFile(data)) {
                throw new DataFileException(data, 0, null, "no such file", "Check the path");
            }
            models.forEach((name, dir) -> {
                if (!Files.isRegularFile(dir.resolve("bundle.json"))) {
                    throw new CliException(ExitCodes.BAD_INPUT, dir + " holds no saved model (no bundle.json). "
                            + "Give --model NAME=DIR with the --out directory of 'clientele train'.");
                }
            });
            SegmentRunSettings run = SegmentRunSettings.read(segments);
            List<RoiScenario> scenarios = new ArrayList<>();
            campaigns.forEach((name, cost) -> scenarios.add(RoiScenario.of(name, CampaignSettings.defaults(cost))));
            Project project = new Project(Project.SCHEMA_VERSION, VersionProvider.version(), Instant.now().toString(),
                    DataReference.of(data), ReadSettings.of(input.toReadOptions()), run.settings(), run.customNames(),
                    scenarios, List.copyOf(models.keySet()));
            ProjectArchive.save(out, project, models, overwrite.force);
            spec.commandLine().getOut().printf("Saved %s: %s on %s, %d model%s, %d campaign scenario%s.%n", out,
                    run.settings().algorithm() + (run.settings().k() == null ? " (k chosen again on each run)"
                            : " with k = " + run.settings().k()), data.getFileName(), models.size(),
                    models.size() == 1 ? "" : "s", scenarios.size(), scenarios.size() == 1 ? "" : "s");
            return ExitCodes.OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Re-run a saved analysis: DIR/segments.json and assignments.csv (with your segment",
                    "names), roi-NAME.json per campaign scenario, and per saved model predictions-NAME.csv and",
                    "monitor-NAME.json (drift against its training data). Uses the recorded data file, or --data."})
    static final class Run implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.clientele", description = "The project file.")
        Path project;

        @Option(names = "--data", paramLabel = "FILE", description = "Use this data file instead of the recorded one (moved, or this month's).")
        Path data;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
        Path out;

        @Mixin
        CommonOptions.Force overwrite;

        @Override
        public Integer call() {
            Path work = TempFolders.create("clientele-project");
            try {
                OpenedProject opened = ProjectArchive.open(project, work);
                ProjectRunner.outputs(opened.project(), out).forEach(overwrite::checkWritable);
                ConsoleProgress progress = ConsoleProgress.forTerminal();
                ProjectRunner.Outcome outcome;
                try {
                    outcome = ProjectRunner.run(opened, data, out, overwrite.force, progress);
                } finally {
                    progress.done();
                }
                print(spec.commandLine().getOut(), outcome);
                return ExitCodes.OK;
            } finally {
                TempFolders.delete(work);
            }
        }

        private static void print(PrintWriter console, ProjectRunner.Outcome o) {
            if (o.dataStatus() == DataReference.Status.CHANGED) {
                console.println("Note: " + o.data() + " differs from the file the analysis was saved with; the figures "
                        + "describe the data as it is now.");
            }
            console.printf("%s: %d segments (k chosen by %s), silhouette %.3f.%n", o.segmentation().result().algorithm().label(),
                    o.segmentation().result().k(), o.segmentation().result().kChosenBy(), o.segmentation().result().silhouette());
            console.println("Wrote " + String.join(", ", o.written().stream().map(p -> p.getFileName().toString()).toList())
                    + " in " + o.written().get(0).getParent() + ".");
        }
    }
}
