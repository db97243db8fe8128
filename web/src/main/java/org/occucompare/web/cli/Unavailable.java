package org.occucompare.web.cli;

import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/** The failure of a command that is declared but whose feature has not landed yet; it exits 2. */
final class Unavailable {

    private Unavailable() {
    }

    /**
     * The error for one command.
     *
     * @param command the command name, such as {@code show}
     * @return an INVALID_INPUT error that says the command is not available yet, never null
     */
    static OccupationException command(String command) {
        return new OccupationException(ErrorKind.INVALID_INPUT,
                "occucompare " + command + " is not available in this version yet; "
                        + "run occucompare serve for the web app.");
    }
}
