package org.clientele.core.neural;

/** What the network's last layer outputs and which loss trains it. */
public enum ValueHead {
    /** One output, squared error on the (standardized) target. */
    MSE,
    /**
     * Zero-inflated lognormal (Wang, Liu &amp; Miao 2019, "A Deep Probabilistic Model for Customer Lifetime
     * Value Prediction", arXiv:1912.07753): three outputs, the logit of P(y &gt; 0) and the lognormal μ, σ of a
     * positive y; loss = binary cross-entropy on (y &gt; 0) + lognormal negative log-likelihood on positive
     * rows; prediction = p · exp(μ + σ²/2). Needs a non-negative target.
     */
    ZILN
}
