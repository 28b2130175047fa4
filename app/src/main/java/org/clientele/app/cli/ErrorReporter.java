package org.clientele.app.cli;

import org.clientele.core.UserInputException;
import org.clientele.core.io.OutputExistsException;
import org.clientele.core.io.OutputFiles;
import org.clientele.core.task.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;

/**
 * Turns any failure into the contract's single {@code error: } line and exit code; the stack trace
 * only with {@code --debug}, because a user needs to know what to do, not where Java was.
 */
final class ErrorReporter {

    private ErrorReporter() {
    }

    static int onUsageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + e.getMessage() + ". Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    static int onFailure(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        int code = exitCode(e);
        err.println("error: " + message(e));
        if (debug(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static int exitCode(Throwable e) {
        if (e instanceof CliException cli) {
            return cli.exitCode();
        }
        if (e instanceof UserInputException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof OutputExistsException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof UncheckedIOException io) {
            return io.getCause() instanceof FileAlreadyExistsException ? ExitCodes.USAGE : ExitCodes.FAILURE;
        }
        return ExitCodes.FAILURE;
    }

    static String message(Throwable e) {
        if (e instanceof CliException cli) {
            return cli.getMessage();
        }
        if (e instanceof UserInputException input) {
            return input.message(CliSettings::flag);
        }
        if (e instanceof OutputExistsException exists) {
            return outputExists(exists);
        }
        if (e instanceof CancelledException) {
            return "cancelled.";
        }
        if (e instanceof OutOfMemoryError) {
            return "not enough memory for this input. Give Java more heap (JAVA_OPTS=-Xmx8g) or use a smaller file.";
        }
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " already exists. Pass --force to overwrite it, or choose another --out.";
        }
        if (cause instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or directory.";
        }
        if (cause instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied." + (OutputFiles.NOT_WRITABLE.equals(denied.getReason())
                    ? " Choose an output path in a folder you can write to." : "");
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return text + (text.endsWith(".") ? "" : ".") + " (run again with --debug for details)";
    }

    private static String outputExists(OutputExistsException e) {
        return switch (e.clash()) {
            case EXISTS -> e.target() + " already exists. Pass --force to overwrite it, or choose another output path.";
            case FOLDER_IN_THE_WAY -> e.target() + " is a folder, so the output file cannot be written there. "
                    + "Name a file inside it instead.";
            case FILE_IN_THE_WAY -> e.target() + " is a file, so it cannot hold the output folder. "
                    + "Choose a folder path for the output.";
        };
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
