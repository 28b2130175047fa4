package org.clientele.core.neural;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;

import java.util.ArrayList;
import java.util.List;

/**
 * Adam (Kingma &amp; Ba 2015; beta1 0.9, beta2 0.999, epsilon 1e-7 as Keras) from TensorFlow's ApplyAdam
 * kernel, every update ordered after every gradient and the bias corrections beta1^t, beta2^t fed per step.
 * TF-Java's own Adam optimizer updates its beta powers with no ordering against the ApplyAdam ops that read
 * them, and a weight may be updated before the backward pass has read it, so the same seed gave different
 * weights from run to run.
 */
final class OrderedAdam {

    static final float BETA1 = 0.9f;
    static final float BETA2 = 0.999f;
    static final float EPSILON = 1e-7f;

    private final Op step;
    private final Placeholder<TFloat32> beta1Power;
    private final Placeholder<TFloat32> beta2Power;
    private long steps;

    private OrderedAdam(Op step, Placeholder<TFloat32> beta1Power, Placeholder<TFloat32> beta2Power) {
        this.step = step;
        this.beta1Power = beta1Power;
        this.beta2Power = beta2Power;
    }

    /** One Adam step on {@code vars} (each with a fully known shape) downhill on {@code loss}. */
    static OrderedAdam minimize(Ops tf, Graph graph, Operand<TFloat32> loss, List<Variable<TFloat32>> vars,
                                float learningRate) {
        Placeholder<TFloat32> beta1Power = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        Placeholder<TFloat32> beta2Power = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        Output<?>[] outputs = new Output<?>[vars.size()];
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = vars.get(i).asOutput();
        }
        Output<?>[] grads = graph.addGradients(loss.asOutput(), outputs);
        List<Op> computed = new ArrayList<>();
        for (Output<?> g : grads) {
            computed.add(tf.identity(g));
        }
        Ops after = tf.withControlDependencies(computed);
        Operand<TFloat32> lr = tf.constant(learningRate);
        Operand<TFloat32> beta1 = tf.constant(BETA1);
        Operand<TFloat32> beta2 = tf.constant(BETA2);
        Operand<TFloat32> epsilon = tf.constant(EPSILON);
        List<Op> updates = new ArrayList<>();
        for (int i = 0; i < outputs.length; i++) {
            Variable<TFloat32> var = vars.get(i);
            Operand<TFloat32> zeros = tf.zeros(tf.constant(var.shape().asArray()), TFloat32.class);
            Variable<TFloat32> m = tf.variable(zeros);
            Variable<TFloat32> v = tf.variable(zeros);
            @SuppressWarnings("unchecked")
            Operand<TFloat32> g = (Operand<TFloat32>) grads[i];
            updates.add(after.train.applyAdam(var, m, v, beta1Power, beta2Power, lr, beta1, beta2, epsilon, g));
        }
        return new OrderedAdam(tf.withControlDependencies(updates).noOp(), beta1Power, beta2Power);
    }

    /**
     * Adds the next step to {@code runner}, with its bias corrections.
     *
     * @param feeds the fed tensors, for the caller to close after the run
     */
    void addStep(Session.Runner runner, List<Tensor> feeds) {
        steps++;
        TFloat32 p1 = TFloat32.scalarOf((float) Math.pow(BETA1, steps));
        feeds.add(p1);
        TFloat32 p2 = TFloat32.scalarOf((float) Math.pow(BETA2, steps));
        feeds.add(p2);
        runner.feed(beta1Power, p1).feed(beta2Power, p2).addTarget(step);
    }
}
