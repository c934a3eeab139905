package io.infrasync.cli.app;

import io.infrasync.cli.wiring.AdapterRegistryException;
import io.infrasync.core.domain.config.ConfigException;
import io.infrasync.core.port.in.RunException;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.ErrorKind;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;

/**
 * The documented exit codes, and the mapping of failures to them. Every failure prints one line; the stack
 * trace only with {@code -v}.
 */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {

    /** Success, or nothing to change. */
    public static final int OK = 0;
    /** Some objects failed (recorded in {@code errors.parquet}); the rest was applied, or the run stopped. */
    public static final int OBJECT_ERRORS = 1;
    /** Usage or configuration error. */
    public static final int USAGE = 2;
    /** A guardrail refused the run (row-count drop, schema drift). */
    public static final int GUARDRAIL = 3;
    /** An adapter or connection error, or the run cache could not be used. */
    public static final int ADAPTER = 4;
    /** Another run of the same sync holds the lock. */
    public static final int LOCKED = 5;

    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof RunException run) {
            return switch (run.reason()) {
                case CONFIGURATION -> USAGE;
                case GUARDRAIL -> GUARDRAIL;
                case ADAPTER, CACHE -> ADAPTER;
                case LOCKED -> LOCKED;
            };
        }
        if (exception instanceof ConfigException || exception instanceof AdapterRegistryException
                || exception instanceof CommandLine.ParameterException || exception instanceof IllegalArgumentException) {
            return USAGE;
        }
        if (exception instanceof AdapterException adapter) {
            return adapter.kind() == ErrorKind.CONFIGURATION ? USAGE : ADAPTER;
        }
        return ADAPTER;
    }

    /** Prints one line per failure (with the stack trace when verbose) and returns its exit code. */
    public static CommandLine.IExecutionExceptionHandler handler(BooleanSupplier verbose) {
        ExitCodes codes = new ExitCodes();
        return (exception, commandLine, parseResult) -> {
            var err = commandLine.getErr();
            String message = exception.getMessage();
            if (message == null || message.isBlank()) {
                message = exception.getClass().getSimpleName();
            }
            err.println("error: " + message.strip());
            if (verbose.getAsBoolean()) {
                exception.printStackTrace(err);
            }
            err.flush();
            return codes.getExitCode(exception);
        };
    }
}
