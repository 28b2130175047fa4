package org.clientele.app.cli;

import org.clientele.core.clv.BgNbdFitter;
import org.clientele.core.clv.ClvBenchmark;
import org.clientele.core.clv.PurchaseModelFit;
import org.clientele.core.clv.PurchaseModelKind;

import java.io.PrintWriter;
import java.util.Locale;

/** {@code bench clv}: prints the time and heap of fitting a purchase model + Gamma–Gamma on N synthetic customers. */
final class ClvBench {

    private ClvBench() {
    }

    static void run(PrintWriter out, int customers, long seed, int warmup, int runs, String model) {
        if (customers < 100) {
            throw new CliException(ExitCodes.USAGE, "--customers must be at least 100.");
        }
        PurchaseModelKind kind;
        try {
            kind = PurchaseModelKind.of(model);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "bench clv: " + e.getMessage() + ".");
        }
        // warm-up on a smaller base: the JIT needs the loops, not the size
        for (int i = 0; i < warmup; i++) {
            ClvBenchmark.run(Math.min(customers, 50_000), seed + 1 + i, BgNbdFitter.DEFAULT_STARTS, kind);
        }
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        ClvBenchmark.Result last = null;
        for (int i = 0; i < runs; i++) {
            last = ClvBenchmark.run(customers, seed, BgNbdFitter.DEFAULT_STARTS, kind);
            seconds[i] = last.fitSeconds();
            cpu[i] = last.fitCpuSeconds();
            out.printf(Locale.ROOT, "run %d: simulate %.2f s, %s fit %.2f s, Gamma-Gamma fit %.2f s (fits: %.2f s process"
                            + " CPU), peak heap %,d MB%n", i + 1, last.simulateSeconds(), kind.label(),
                    last.purchaseModelSeconds(), last.gammaGammaSeconds(), last.fitCpuSeconds(),
                    last.peakHeapBytes() >> 20);
        }
        out.printf(Locale.ROOT, "clv on %,d synthetic customers (%,d repeat buyers; seed %d; %d starts per fit):%n",
                last.customers(), last.repeatBuyers(), seed, BgNbdFitter.DEFAULT_STARTS);
        PurchaseModelFit fit = last.purchaseModel();
        StringBuilder estimates = new StringBuilder();
        fit.parameters().forEach((name, e) -> estimates.append(String.format(Locale.ROOT, " %s=%.4f", name, e.value())));
        out.printf(Locale.ROOT, "  %s%s, LL %.1f%s%n", kind.label(), estimates, fit.logLikelihood(),
                kind == PurchaseModelKind.BGNBD ? String.format(Locale.ROOT,
                        " (drawn from r=%.3f alpha=%.3f a=%.3f b=%.3f)", ClvBenchmark.R, ClvBenchmark.ALPHA,
                        ClvBenchmark.A, ClvBenchmark.B) : " (customers drawn from BG/NBD; no true values to compare)");
        out.printf(Locale.ROOT, "  Gamma-Gamma p=%.4f q=%.4f gamma=%.4f (drawn from p=%.2f q=%.2f gamma=%.2f)%n",
                last.gammaGamma().p(), last.gammaGamma().q(), last.gammaGamma().gamma(),
                ClvBenchmark.P, ClvBenchmark.Q, ClvBenchmark.GAMMA);
        out.printf(Locale.ROOT, "median fit time %.2f s wall, %.2f s process CPU over %d runs after %d warm-up (runs: %s)%n",
                org.clientele.core.stats.Descriptive.median(seconds), org.clientele.core.stats.Descriptive.median(cpu),
                runs, warmup, BenchCommand.seconds(seconds));
    }
}
