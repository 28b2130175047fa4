package org.clientele.app.ui.common;

import org.clientele.core.task.Progress;

/** A unit of background work: calls into core, reporting progress and honouring cancellation. */
@FunctionalInterface
public interface Work<T> {
    T call(Progress progress) throws Exception;
}
