package org.clientele.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clientele.app.cli.ClienteleCli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code clientele clv FILE --model sbg|bgbb} run in-process, for UI tests that compare the tab with the CLI. */
final class DiscreteClvCli {

    /** What the CLI wrote to {@code out} and printed. */
    record Run(Path out, String printed, String errors, JsonNode json) { }

    private DiscreteClvCli() {
    }

    static Run run(Path file, Path out, String... extra) throws IOException {
        String[] args = new String[4 + extra.length];
        args[0] = "clv";
        args[1] = file.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        StringWriter printed = new StringWriter();
        StringWriter errors = new StringWriter();
        int code = ClienteleCli.run(new PrintWriter(printed, true), new PrintWriter(errors, true), args);
        if (code != 0) {
            return new Run(out, printed.toString(), errors.toString(), null);
        }
        assertEquals(0, code, errors::toString);
        return new Run(out, printed.toString(), errors.toString(),
                new ObjectMapper().readTree(out.resolve("clv.json").toFile()));
    }
}
