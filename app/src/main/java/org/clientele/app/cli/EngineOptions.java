package org.clientele.app.cli;

import org.clientele.core.analysis.ScaleOutEngine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * {@code --engine in-process|spark [--master URL]}: where the row-heavy stages run. The Spark engine is an optional
 * module found on the classpath at run time (the launcher adds it when it has been built), so the application
 * never depends on Spark and users who never ask for it never download it.
 */
final class EngineOptions {

    static final String IN_PROCESS = "in-process";
    /** How to get the Spark engine, for the message when it is missing. */
    static final String HOW_TO_GET_SPARK = "build it once with './mvnw -Pspark -DskipTests package' "
            + "(downloads Apache Spark, about 290 MB, into ~/.m2), then run the command again with ./clientele";

    @Option(names = "--engine", defaultValue = IN_PROCESS, paramLabel = "in-process|spark",
            description = {"Where to run: in this process (default) or on Apache Spark (the optional spark module),",
                    "which reads CSV or Parquet from local paths, hdfs:// or s3a:// and spreads the work over --master."})
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = {"Spark master for --engine spark: local[*] (default: every core here), local[2],",
                    "spark://host:7077 or yarn."})
    String master;

    /** True when the in-process engine was asked for (the default). */
    boolean inProcess() {
        String name = engine == null ? IN_PROCESS : engine.trim().toLowerCase(Locale.ROOT);
        return name.equals(IN_PROCESS) || name.equals("inprocess") || name.equals("local");
    }

    /** The engine asked for, started; null for the in-process engine. The caller closes it. */
    ScaleOutEngine open() {
        String name = engine == null ? IN_PROCESS : engine.trim().toLowerCase(Locale.ROOT);
        if (inProcess()) {
            if (master != null) {
                throw new CliException(ExitCodes.USAGE, "--master needs --engine spark.");
            }
            return null;
        }
        for (ScaleOutEngine.Provider p : ServiceLoader.load(ScaleOutEngine.Provider.class)) {
            if (p.name().equalsIgnoreCase(name)) {
                return p.open(master);
            }
        }
        if (name.equals("spark")) {
            throw new CliException(ExitCodes.USAGE, "the Spark engine is not installed: " + HOW_TO_GET_SPARK + ".");
        }
        throw new CliException(ExitCodes.USAGE, "--engine must be 'in-process' or 'spark', not '" + engine + "'.");
    }

    /**
     * The input as typed: a URI such as hdfs://namenode/logs or s3a://bucket/log.parquet loses a slash when it
     * becomes a Path, and Spark needs it whole.
     */
    static String location(CommandSpec spec, Path file) {
        for (var typed : spec.commandLine().getParseResult().matchedPositionals()) {
            if (file.equals(typed.getValue()) && !typed.originalStringValues().isEmpty()) {
                return typed.originalStringValues().get(0);
            }
        }
        return file.toString();
    }
}
