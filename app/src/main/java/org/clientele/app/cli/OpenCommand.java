package org.clientele.app.cli;

import org.clientele.app.ui.WorkbenchLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code clientele open FILE}: the workbench, started on FILE instead of the bundled sample. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the workbench on FILE (a customer table or a transaction log).")
final class OpenCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV file (optionally .gz) to open.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": no such file. Check the path and try again.");
        }
        WorkbenchLauncher.launch(file);
        return ExitCodes.OK;
    }
}
