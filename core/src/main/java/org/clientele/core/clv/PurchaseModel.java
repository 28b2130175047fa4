package org.clientele.core.clv;

import java.util.List;

/**
 * A model of when customers buy and when they silently stop (BG/NBD, Pareto/NBD, MBG/NBD): what the CLV
 * stage needs from any of them. Histories are lifetimes-style (x repeat purchases, t_x recency, T age), all
 * times in the unit the model was fitted in.
 */
public interface PurchaseModel {

    /** Short stable name used in clv.json and on the command line, e.g. {@code pnbd}. */
    String name();

    /** E[Y(t) | x, t_x, T]: expected purchases in the next t units of a customer with this history. */
    double conditionalExpectedPurchases(double t, double x, double tx, double T);

    /** P(alive | x, t_x, T). */
    double probabilityAlive(double x, double tx, double T);

    /** E[X(t)]: expected purchases in (0, t] of a new customer. */
    double expectedPurchases(double t);

    /** log L(parameters | x, t_x, T) of one customer. */
    double logLikelihood(double x, double tx, double T);

    /** Parameter names in the order of {@link #parameters()}. */
    List<String> parameterNames();

    /** Natural-scale parameter values. */
    double[] parameters();

    /** The same kind of model with other parameter values (in {@link #parameters()} order). */
    PurchaseModel withParameters(double[] parameters);

    default int parameterCount() {
        return parameterNames().size();
    }
}
