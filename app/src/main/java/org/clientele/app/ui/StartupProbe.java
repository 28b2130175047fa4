package org.clientele.app.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures the workbench's time to window: with {@code -Dclientele.startup=print} the first laid-out frame
 * prints "window shown after N ms" (since the process started) and its wall-clock time to stderr; with
 * {@code =exit} the workbench then quits, so a benchmark or the build's class-list training run can start
 * it repeatedly without a person closing it. Without the property it does nothing.
 */
final class StartupProbe {

    private static final String PROPERTY = "clientele.startup";

    private StartupProbe() {
    }

    /** With the property set, prints how long after the process started {@code phase} was reached. */
    static void mark(String phase) {
        if (System.getProperty(PROPERTY) != null) {
            System.err.println(phase + " after " + sinceStart() + " ms, " + cpuMillis() + " ms CPU");
        }
    }

    /** The process's CPU time: on a busy machine the wall time says more about the neighbours than about us. */
    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    private static long sinceStart() {
        long now = System.currentTimeMillis();
        return now - ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(now);
    }

    static void watch(Scene scene) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long now = System.currentTimeMillis();
            long started = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(now);
            System.err.println("window shown after " + (now - started) + " ms, " + cpuMillis() + " ms CPU (at " + now + ")");
            if (mode.equals("exit")) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
