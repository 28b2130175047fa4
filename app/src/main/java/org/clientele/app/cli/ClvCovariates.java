package org.clientele.app.cli;

import org.clientele.core.clv.ClvOptions;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CovariateAnalysis;
import org.clientele.core.clv.CovariateCoefficient;
import org.clientele.core.clv.CovariateModelFit;
import org.clientele.core.clv.CovariateReport;
import org.clientele.core.clv.CustomerCovariateReader;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.Progress;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code clv --covariates A,B}: refit BG/NBD and Gamma–Gamma with customer covariates (a ClvCommand mixin). */
final class ClvCovariates {

    @Option(names = "--covariates", split = ",", paramLabel = "A,B,...",
            description = {"Purchase-log columns that describe a customer (e.g. country,channel): BG/NBD (Pareto/NBD",
                    "when chosen) and Gamma-Gamma are refitted with their effects and tested against the fits without them",
                    "(clv.json 'covariates', DIR/customers_covariates.csv). Each customer takes the value",
                    "on their first purchase."})
    List<String> columns;

    boolean requested() {
        return columns != null && !columns.isEmpty();
    }

    /** Outputs this option writes besides clv.json. */
    Path customersCsv(Path out) {
        return out.resolve("customers_covariates.csv");
    }

    CovariateReport run(Path file, ReadOptions read, ClvResult result, ClvOptions options, Progress progress) {
        return CovariateAnalysis.run(result, CustomerCovariateReader.fromPurchaseLog(file, read, columns), options,
                progress);
    }

    static void print(CovariateReport report, PrintWriter console) {
        console.printf("Covariates %s (%s):%n", String.join(", ", report.columns()), report.source());
        for (CovariateModelFit fit : new CovariateModelFit[]{report.bgnbd(), report.pnbd(), report.gammaGamma()}) {
            if (fit == null) {
                continue;
            }
            console.printf("  %s%n", fit.likelihoodRatioSentence(report.columns()));
            for (CovariateCoefficient c : fit.coefficients()) {
                console.printf(Locale.ROOT, "    %-28s %-26s x%.3f (coef %.3f, SE %.3f, p=%.3g)%n", c.term(), c.effect(),
                        c.multiplier(), c.estimate(), c.standardError(), c.pValue());
            }
        }
        for (String w : report.warnings()) {
            console.println("  warning: " + w);
        }
    }
}
