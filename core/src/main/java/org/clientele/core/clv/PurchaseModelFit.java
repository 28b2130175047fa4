package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One fitted purchase model as clv.json's {@code purchaseModels[]} reports it: estimates with asymptotic standard
 * errors (null when the Hessian was not positive definite), log-likelihood, AIC = 2k - 2LL and BIC = k ln(n) - 2LL
 * over n customers, the holdout score when the model was scored on a holdout, and whether it was chosen and why.
 * {@code logCovariance} (the inverse Hessian in log-parameters) feeds the parametric bootstrap.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PurchaseModelFit(String model, Map<String, Estimate> parameters, double logLikelihood, double aic,
                               double bic, int customers, HoldoutScore holdout, Boolean chosen, String why,
                               @JsonIgnore PurchaseModel fitted, @JsonIgnore double[][] logCovariance) {

    /** A parameter's estimate and its standard error (NaN when unavailable). */
    public record Estimate(double value, double standardError) { }

    static PurchaseModelFit of(PurchaseModel model, double logLikelihood, int customers, double[][] logCovariance) {
        double[] values = model.parameters();
        Map<String, Estimate> parameters = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            double se = logCovariance == null ? Double.NaN : values[i] * Math.sqrt(logCovariance[i][i]);
            parameters.put(model.parameterNames().get(i), new Estimate(values[i], se));
        }
        int k = values.length;
        return new PurchaseModelFit(model.name(), parameters, logLikelihood, 2 * k - 2 * logLikelihood,
                k * Math.log(customers) - 2 * logLikelihood, customers, null, null, null, model, logCovariance);
    }

    public PurchaseModelFit withHoldout(HoldoutScore score) {
        return new PurchaseModelFit(model, parameters, logLikelihood, aic, bic, customers, score, chosen, why, fitted,
                logCovariance);
    }

    public PurchaseModelFit withChoice(boolean isChosen, String reason) {
        return new PurchaseModelFit(model, parameters, logLikelihood, aic, bic, customers, holdout, isChosen,
                isChosen ? reason : null, fitted, logCovariance);
    }

    /** The value of a named parameter. */
    public double value(String name) {
        Estimate e = parameters.get(name);
        if (e == null) {
            throw new IllegalArgumentException(model + " has no parameter " + name);
        }
        return e.value();
    }
}
