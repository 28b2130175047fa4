package org.clientele.core.clv;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.clientele.core.task.Progress;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Maximises a log-likelihood over strictly positive parameters by Nelder–Mead on their logarithms, from
 * several seeded starting points, each best point polished by restarting the simplex until it stops
 * improving; standard errors come from the inverse of the numerical Hessian (delta method back to the
 * natural scale).
 */
final class MaximumLikelihood {

    /** The maximum found: natural-scale estimates, log-likelihood and standard errors (NaN if unavailable). */
    record Estimate(double[] parameters, double logLikelihood, double[] standardErrors, int evaluations) { }

    private static final int MAX_EVALUATIONS_PER_RUN = 20_000;
    private static final int MAX_POLISH_RUNS = 8;
    private static final double HESSIAN_STEP = 1e-4;

    private MaximumLikelihood() {
    }

    /**
     * @param logLikelihood total log-likelihood at natural-scale parameters (may return NaN or -Inf
     *                      where undefined; such points are treated as infinitely bad)
     * @param initial       a natural-scale starting point; the other starts are random perturbations of it
     */
    static Estimate maximise(ToDoubleFunction<double[]> logLikelihood, double[] initial, int starts, long seed,
                             Progress progress) {
        int dim = initial.length;
        int[] evaluations = {0};
        ToDoubleFunction<double[]> negLogLikOfLog = logParams -> {
            if ((++evaluations[0] & 255) == 0) {
                progress.checkCancelled();
            }
            double[] natural = new double[dim];
            for (int i = 0; i < dim; i++) {
                natural[i] = Math.exp(logParams[i]);
            }
            double ll = logLikelihood.applyAsDouble(natural);
            return Double.isNaN(ll) || ll == Double.NEGATIVE_INFINITY ? 1e300 : -ll;
        };
        Random random = new Random(seed);
        PointValuePair best = null;
        for (int s = 0; s < Math.max(1, starts); s++) {
            progress.checkCancelled();
            double[] start = new double[dim];
            for (int i = 0; i < dim; i++) {
                start[i] = Math.log(initial[i]) + (s == 0 ? 0 : random.nextGaussian());
            }
            PointValuePair result = polish(negLogLikOfLog, start);
            if (best == null || result.getValue() < best.getValue()) {
                best = result;
            }
            progress.update((s + 1.0) / Math.max(1, starts), "maximum likelihood start " + (s + 1) + " of " + starts);
        }
        double[] logBest = best.getPoint();
        double[] natural = Arrays.stream(logBest).map(Math::exp).toArray();
        double[] se = standardErrors(negLogLikOfLog, logBest, natural);
        return new Estimate(natural, -best.getValue(), se, evaluations[0]);
    }

    /** Nelder–Mead restarted from its own optimum until a restart no longer improves (a standard safeguard). */
    private static PointValuePair polish(ToDoubleFunction<double[]> f, double[] start) {
        PointValuePair current = null;
        double[] point = start;
        for (int run = 0; run < MAX_POLISH_RUNS; run++) {
            PointValuePair next = simplex(f, point);
            boolean improved = current == null || next.getValue() < current.getValue() - 1e-9 * (1 + Math.abs(current.getValue()));
            if (current == null || next.getValue() < current.getValue()) {
                current = next;
            }
            if (!improved) {
                break;
            }
            point = current.getPoint();
        }
        return current;
    }

    private static PointValuePair simplex(ToDoubleFunction<double[]> f, double[] start) {
        SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-12, 1e-12));
        try {
            return optimizer.optimize(new MaxEval(MAX_EVALUATIONS_PER_RUN),
                    new ObjectiveFunction(f::applyAsDouble), GoalType.MINIMIZE,
                    new InitialGuess(start), new NelderMeadSimplex(start.length, 0.5));
        } catch (TooManyEvaluationsException e) {
            // The simplex keeps its best vertex; restarting from the start point is the safe fallback.
            return new PointValuePair(start, f.applyAsDouble(start));
        }
    }

    /** sqrt(diag(H^-1)) of the negative log-likelihood in log-parameters, mapped by d theta = theta d log theta. */
    private static double[] standardErrors(ToDoubleFunction<double[]> f, double[] x, double[] natural) {
        int dim = x.length;
        double[] se = new double[dim];
        Arrays.fill(se, Double.NaN);
        RealMatrix covariance = inverseHessian(f, x);
        if (covariance != null) {
            for (int i = 0; i < dim; i++) {
                se[i] = natural[i] * Math.sqrt(covariance.getEntry(i, i));
            }
        }
        return se;
    }

    /**
     * The asymptotic covariance of the log-parameters at a maximum (inverse numerical Hessian of the negative
     * log-likelihood in log space), or null when it is not positive definite (flat or boundary maximum).
     */
    static double[][] logCovariance(ToDoubleFunction<double[]> logLikelihood, double[] natural) {
        ToDoubleFunction<double[]> f = logParams -> {
            double[] p = new double[logParams.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = Math.exp(logParams[i]);
            }
            double ll = logLikelihood.applyAsDouble(p);
            return Double.isNaN(ll) || ll == Double.NEGATIVE_INFINITY ? 1e300 : -ll;
        };
        RealMatrix covariance = inverseHessian(f, Arrays.stream(natural).map(Math::log).toArray());
        return covariance == null ? null : covariance.getData();
    }

    private static RealMatrix inverseHessian(ToDoubleFunction<double[]> f, double[] x) {
        int dim = x.length;
        RealMatrix h = new Array2DRowRealMatrix(dim, dim);
        double f0 = f.applyAsDouble(x);
        for (int i = 0; i < dim; i++) {
            for (int j = i; j < dim; j++) {
                double value;
                if (i == j) {
                    value = (f.applyAsDouble(shift(x, i, HESSIAN_STEP, j, 0)) - 2 * f0
                            + f.applyAsDouble(shift(x, i, -HESSIAN_STEP, j, 0))) / (HESSIAN_STEP * HESSIAN_STEP);
                } else {
                    value = (f.applyAsDouble(shift(x, i, HESSIAN_STEP, j, HESSIAN_STEP))
                            - f.applyAsDouble(shift(x, i, HESSIAN_STEP, j, -HESSIAN_STEP))
                            - f.applyAsDouble(shift(x, i, -HESSIAN_STEP, j, HESSIAN_STEP))
                            + f.applyAsDouble(shift(x, i, -HESSIAN_STEP, j, -HESSIAN_STEP)))
                            / (4 * HESSIAN_STEP * HESSIAN_STEP);
                }
                h.setEntry(i, j, value);
                h.setEntry(j, i, value);
            }
        }
        try {
            return new CholeskyDecomposition(h).getSolver().getInverse();
        } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
            // Not a proper maximum (flat or boundary): no covariance rather than invented numbers.
            return null;
        }
    }

    private static double[] shift(double[] x, int i, double di, int j, double dj) {
        double[] y = x.clone();
        y[i] += di;
        y[j] += dj;
        return y;
    }
}
