package org.clientele.core.neural;

/**
 * What training produced: the weights of the epoch with the lowest validation error, and the error curves.
 *
 * @param trainingLoss   per epoch run, the mean squared reconstruction error of the training batches
 * @param validationLoss per epoch run, the mean squared reconstruction error of the validation rows
 * @param bestEpoch      the epoch (1-based) whose weights were kept
 * @param stoppedEarly   true when the patience ran out before the last epoch
 */
public record AutoencoderTraining(AutoencoderModel model, double[] trainingLoss, double[] validationLoss,
                                  int bestEpoch, boolean stoppedEarly) {

    public int epochs() {
        return validationLoss.length;
    }
}
