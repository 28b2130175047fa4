package org.clientele.app.ui.common;

/**
 * Where the workbench's failures go: one instance for the window, handed to every ViewModel, so each
 * failure is shown once, the same way, and tests can record what users would see.
 */
@FunctionalInterface
public interface ErrorDialogService {

    /** @param title what failed, e.g. "Could not open the file"; the text comes from the error */
    void showError(String title, Throwable error);
}
