package org.clientele.core.predict;

import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent fits (folds) on a few threads. Tribuo trainers have no progress or cancel hooks,
 * so progress is reported and cancellation checked between fits.
 */
final class ParallelFits {

    private ParallelFits() {
    }

    static <T> List<T> run(List<Callable<T>> jobs, int threads, Progress progress, String message) {
        progress.checkCancelled();
        if (threads <= 1 || jobs.size() <= 1) {
            List<T> out = new ArrayList<>(jobs.size());
            for (int i = 0; i < jobs.size(); i++) {
                progress.checkCancelled();
                out.add(call(jobs.get(i)));
                progress.update((i + 1.0) / jobs.size(), message + " (" + (i + 1) + "/" + jobs.size() + ")");
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
            Thread t = new Thread(r, "clientele-fit");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> job : jobs) {
                futures.add(pool.submit(() -> {
                    progress.checkCancelled();
                    T result = job.call();
                    int d = done.incrementAndGet();
                    progress.update((double) d / jobs.size(), message + " (" + d + "/" + jobs.size() + ")");
                    return result;
                }));
            }
            List<T> out = new ArrayList<>(jobs.size());
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fitting models", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> job) {
        try {
            return job.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
