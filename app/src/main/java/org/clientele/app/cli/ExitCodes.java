package org.clientele.app.cli;

/** The contract's exit codes. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;

    private ExitCodes() {
    }
}
