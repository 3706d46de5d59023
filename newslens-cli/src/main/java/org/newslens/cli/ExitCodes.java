package org.newslens.cli;

/** Exit statuses of every command. */
final class ExitCodes {

    static final int OK = 0;
    /** Some input could not be read or analysed; the others were. */
    static final int SOME_INPUT_FAILED = 1;
    /** Wrong usage (picocli's own code for bad options). */
    static final int USAGE = 2;
    /** A bug or a broken installation (e.g. a missing model). */
    static final int SOFTWARE = 70;

    private ExitCodes() {
    }
}
