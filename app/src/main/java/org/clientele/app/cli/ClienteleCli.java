package org.clientele.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** The {@code clientele} command: parses arguments, runs a subcommand, maps failures to exit codes. */
@Command(name = "clientele",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Customer segmentation and customer-value prediction on your own machine.",
                "With no arguments the workbench opens on the bundled sample data."},
        subcommands = {
                OpenCommand.class,
                ProfileCommand.class,
                RfmCommand.class,
                SegmentCommand.class,
                ClvCommand.class,
                ExportCommand.class,
                RoiCommand.class,
                MonitorCommand.class,
                ServeCommand.class,
                ProjectCommand.class,
                ReportCommand.class,
                TrainCommand.class,
                PredictCommand.class,
                EdaCommand.class,
                GenerateCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 2 usage error, 3 bad input, 1 anything else.",
                "Run 'clientele SUBCOMMAND --help' for a subcommand's options."})
public final class ClienteleCli implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean debug;

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = CommandTree.forArguments(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(ErrorReporter::onUsageError);
        cli.setExecutionExceptionHandler(ErrorReporter::onFailure);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(java.time.LocalDate.class, new DateOptionConverter());
        cli.registerConverter(java.nio.file.Path.class, new PathOptionConverter());
        cli.setUsageHelpWidth(110);
        cli.setUsageHelpAutoWidth(true);
        abbreviateSynopses(cli);
        return cli.execute(args);
    }

    /** "Usage: clientele train [OPTIONS] FILE": the options are listed below it anyway. */
    private static void abbreviateSynopses(CommandLine cli) {
        cli.getCommandSpec().usageMessage().abbreviateSynopsis(true);
        cli.getSubcommands().values().forEach(ClienteleCli::abbreviateSynopses);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
