package org.clientele.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.lang.reflect.Constructor;
import java.util.Arrays;

/**
 * The picocli tree for one run. Picocli inspects every option of every subcommand when it builds the
 * full tree, which took longer than reading a 140,000-line log in {@code rfm} (0.2-0.6 s of CPU against
 * about 0.05 s for one subcommand); so when the first argument names a subcommand, only that subcommand
 * is inspected, under a root that carries the same name, inherited {@code --debug} and standard help
 * options as {@link ClienteleCli}. Everything else (no arguments, root options, {@code help}, a typo that
 * needs the list of subcommands) gets the full tree, so what the user sees does not change.
 */
final class CommandTree {

    private CommandTree() {
    }

    static CommandLine forArguments(String... args) {
        Class<?> chosen = args.length == 0 ? null : subcommandNamed(args[0]);
        if (chosen == null) {
            return new CommandLine(new ClienteleCli());
        }
        Command rootAnnotation = ClienteleCli.class.getAnnotation(Command.class);
        CommandSpec root = CommandSpec.wrapWithoutInspection(new ClienteleCli());
        root.name(rootAnnotation.name());
        root.mixinStandardHelpOptions(rootAnnotation.mixinStandardHelpOptions());
        root.versionProvider(new VersionProvider());
        root.addOption(debugOption());
        CommandLine cli = new CommandLine(root);
        cli.addSubcommand(args[0], new CommandLine(instantiate(chosen)));
        return cli;
    }

    /** The subcommand class of ClienteleCli's list with this name or alias, or null (also for {@code help}). */
    static Class<?> subcommandNamed(String name) {
        for (Class<?> sub : ClienteleCli.class.getAnnotation(Command.class).subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            if (sub != CommandLine.HelpCommand.class && command != null
                    && (command.name().equals(name) || Arrays.asList(command.aliases()).contains(name))) {
                return sub;
            }
        }
        return null;
    }

    /** The same option as the annotated {@code ClienteleCli.debug}, read back the same way (ErrorReporter). */
    private static OptionSpec debugOption() {
        try {
            CommandLine.Option debug = ClienteleCli.class.getDeclaredField("debug").getAnnotation(CommandLine.Option.class);
            return OptionSpec.builder(debug.names())
                    .scopeType(debug.scope())
                    .description(debug.description())
                    .type(boolean.class)
                    .arity("0")
                    .build();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("ClienteleCli lost its --debug option", e);
        }
    }

    private static Object instantiate(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the " + type.getSimpleName() + " command", e);
        }
    }
}
