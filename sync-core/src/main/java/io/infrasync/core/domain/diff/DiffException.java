package io.infrasync.core.domain.diff;

/** Base of the diff errors. */
public class DiffException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DiffException(String message) {
        super(message);
    }
}
