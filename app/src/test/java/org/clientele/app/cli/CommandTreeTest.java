package org.clientele.app.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A subcommand built alone behaves as the same subcommand in the full tree: options, help, --debug. */
class CommandTreeTest {

    @Test
    void everySubcommandBuiltAloneMatchesTheFullTree() {
        CommandLine full = new CommandLine(new ClienteleCli());
        int compared = 0;
        for (Map.Entry<String, CommandLine> entry : full.getSubcommands().entrySet()) {
            String name = entry.getKey();
            if (name.equals("help")) {
                continue;
            }
            CommandLine alone = CommandTree.forArguments(name, "--help");
            assertEquals(1, alone.getSubcommands().size(), name + ": only the chosen subcommand is built");
            CommandLine sub = alone.getSubcommands().get(name);
            assertNotNull(sub, name);
            assertSameCommand(entry.getValue(), sub);
            assertEquals(entry.getValue().getUsageMessage(), sub.getUsageMessage(), name + ": the same help");
            compared++;
        }
        assertTrue(compared >= 15, "all subcommands compared, got " + compared);
    }

    private static void assertSameCommand(CommandLine expected, CommandLine actual) {
        CommandSpec e = expected.getCommandSpec();
        CommandSpec a = actual.getCommandSpec();
        assertEquals(e.qualifiedName(), a.qualifiedName());
        assertEquals(options(e), options(a), e.qualifiedName() + ": options");
        assertEquals(e.positionalParameters().size(), a.positionalParameters().size(), e.qualifiedName());
        assertNotNull(a.findOption("--debug"), a.qualifiedName() + " inherits --debug");
        assertEquals(expected.getSubcommands().keySet(), actual.getSubcommands().keySet(), e.qualifiedName());
        for (String nested : expected.getSubcommands().keySet()) {
            assertSameCommand(expected.getSubcommands().get(nested), actual.getSubcommands().get(nested));
        }
    }

    private static Map<String, String> options(CommandSpec spec) {
        Map<String, String> options = new TreeMap<>();
        for (OptionSpec option : spec.options()) {
            options.put(option.longestName(), option.scopeType() + " " + option.arity() + " " + option.type().getName());
        }
        return options;
    }

    @Test
    void everySubcommandSummaryInTheRootHelpIsAWholeSentence() {
        CommandLine full = new CommandLine(new ClienteleCli());
        for (Map.Entry<String, CommandLine> entry : full.getSubcommands().entrySet()) {
            String[] description = entry.getValue().getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0, entry.getKey());
            // The root help lists only the first line, so it must not stop at a ':' or ';' mid-thought.
            String first = description[0].strip();
            assertTrue(first.endsWith(".") || first.endsWith(")"), entry.getKey() + ": " + first);
        }
    }

    @Test
    void rootOptionsHelpAndUnknownWordsGetTheFullTree() {
        assertNull(CommandTree.subcommandNamed("help"));
        assertNull(CommandTree.subcommandNamed("--version"));
        assertNull(CommandTree.subcommandNamed("rfmx"));
        assertEquals(RfmCommand.class, CommandTree.subcommandNamed("rfm"));
        assertTrue(CommandTree.forArguments("--debug", "rfm").getSubcommands().size() > 10);
    }

    @Test
    void debugPrintsTheStackTraceThroughTheLoneSubcommand() {
        CliRun run = Cli.run("rfm", "no-such-file.csv", "--out", "x.csv", "--debug");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("\tat "), "a stack trace with --debug: " + run.err());
        CliRun quiet = Cli.run("rfm", "no-such-file.csv", "--out", "x.csv");
        assertTrue(!quiet.err().contains("\tat ") && quiet.err().startsWith("error: "), quiet.err());
    }
}
