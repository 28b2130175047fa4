package org.clientele.app.cli;

import org.clientele.core.task.RepeatedTiming;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench command -- SUBCOMMAND ARGS...}: a whole subcommand (parsing its options, reading, writing its
 * files) run again and again inside one warm JVM. Set against the same command run as a process, it shows
 * what JVM start-up and cold code cost (the start-up goal compares exactly these two).
 */
final class WholeCommandBench {

    private WholeCommandBench() {
    }

    static void run(PrintWriter out, String subcommand, List<String> arguments, int warmup, int runs) {
        if (subcommand == null || subcommand.startsWith("-")) {
            throw new CliException(ExitCodes.USAGE, "bench command needs a subcommand after '--', e.g. "
                    + "'bench command -- rfm FILE --out customers.csv --force'.");
        }
        if (subcommand.equals("bench")) {
            throw new CliException(ExitCodes.USAGE, "bench command cannot time bench itself.");
        }
        List<String> args = new ArrayList<>();
        args.add(subcommand);
        args.addAll(arguments);
        String[] argv = args.toArray(String[]::new);
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        int[] exit = new int[1];
        RepeatedTiming<Integer> t;
        try {
            // Some commands print through System.out/err (progress, warnings): those go nowhere too.
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            t = RepeatedTiming.of(() -> {
                exit[0] = ClienteleCli.run(discard, discard, argv);
                if (exit[0] != ExitCodes.OK) {
                    throw new CliException(exit[0], "the command exited with " + exit[0]
                            + "; run it on its own to see why (a command that writes files needs --force here).");
                }
                return exit[0];
            }, warmup, runs);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        out.printf("command %s%n", String.join(" ", argv));
        out.printf("median %.3f s wall, %.3f s process CPU over %d runs after %d warm-up (runs: %s); peak heap %,d MB%n",
                t.medianSeconds(), t.medianCpuSeconds(), runs, warmup, BenchCommand.seconds(t.seconds()),
                t.peakHeapBytes() >> 20);
    }
}
