/**
 * Model monitoring: whether the customers a saved model now scores still look like the ones it was trained
 * on (population stability per feature and of the predictions, segment shares, confidence, unfamiliar rows).
 */
package org.clientele.core.monitor;
