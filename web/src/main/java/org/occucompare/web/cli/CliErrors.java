package org.occucompare.web.cli;

import java.io.PrintWriter;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure of the command line into one line on standard error and an exit code, never a stack trace:
 * bad usage and {@link ErrorKind#INVALID_INPUT} exit 2, every other failure exits 1.
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** Exit code of a runtime failure. */
    static final int FAILURE = 1;
    /** Exit code of bad usage: a wrong option, a bad value, a command not available yet. */
    static final int USAGE = 2;

    /** Bad usage found by the parser: the message and where to find help. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText(
                oneLine(e.getMessage()) + " (see '" + command.getCommandSpec().qualifiedName() + " --help')"));
        err.flush();
        return USAGE;
    }

    /** A failure while a command ran. */
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int exitCode;
        String message;
        if (e instanceof OccupationException failure) {
            exitCode = failure.kind() == ErrorKind.INVALID_INPUT ? USAGE : FAILURE;
            message = failure.getMessage();
        } else {
            exitCode = FAILURE;
            message = "occucompare failed unexpectedly (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); please report this.";
        }
        err.println(command.getColorScheme().errorText(oneLine(message)));
        err.flush();
        return exitCode;
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
