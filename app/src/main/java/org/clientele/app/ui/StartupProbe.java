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
            System.err.println("window shown after " + (now - started) + " ms (at " + now + ")");
            if (mode.equals("exit")) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
