package io.infrasync.cli.wiring;

/**
 * A problem with the installed adapters (a missing plugin path, two adapters with one id, an unknown
 * id, an incompatible SPI version). The message is one line meant for the user; the CLI prints it
 * and exits with the configuration-error code.
 */
public final class AdapterRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the one-line message
     */
    public AdapterRegistryException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message the one-line message
     * @param cause the underlying failure
     */
    public AdapterRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
