package io.infrasync.core.domain.diff;

/** A precomputed diff given to a sync is not an instance of the requested diff class. */
public class DiffClassMismatchException extends DiffException {
    private static final long serialVersionUID = 1L;

    public DiffClassMismatchException(String message) {
        super(message);
    }
}
