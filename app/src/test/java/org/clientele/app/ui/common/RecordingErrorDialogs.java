package org.clientele.app.ui.common;

import java.util.ArrayList;
import java.util.List;

/** A dialog service for ViewModel tests: keeps what users would have been shown, in order. */
public final class RecordingErrorDialogs implements ErrorDialogService {

    /** One shown dialog: its title, the failure, and the text the workbench's formatter makes of it. */
    public record Shown(String title, Throwable error, String text) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final ErrorText text = new ErrorText();

    @Override
    public void showError(String title, Throwable error) {
        shown.add(new Shown(title, error, text.describe(error)));
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    /** The failure of the only dialog shown; fails the test when there was not exactly one. */
    public Shown single() {
        if (shown.size() != 1) {
            throw new AssertionError("expected one error dialog, got " + shown);
        }
        return shown.get(0);
    }
}
