package org.clientele.app.ui.common;

import javafx.stage.Window;

/** The older static entry points; new code takes an {@link ErrorDialogService}. */
public final class ErrorDialogs {

    private static final ErrorText TEXT = new ErrorText();

    private ErrorDialogs() {
    }

    public static String describe(Throwable error) {
        return TEXT.describe(error);
    }

    /** Alerts with no owner window: for code built before the window's dialog service was passed in. */
    public static ErrorDialogService unowned() {
        return new AlertErrorDialogs(() -> null, TEXT);
    }

    public static void show(Window owner, String title, Throwable error) {
        new AlertErrorDialogs(() -> owner, TEXT).showError(title, error);
    }
}
