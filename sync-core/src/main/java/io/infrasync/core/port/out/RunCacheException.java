package io.infrasync.core.port.out;

/**
 * The one error type of the run cache: a file is missing, truncated, foreign or unwritable, the lock is held,
 * or a path is unsafe. The message is one line and names the file (or folder) concerned.
 */
public class RunCacheException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;

    /** An error about {@code file} (an absolute path as text, or {@code null} when no file is concerned). */
    public RunCacheException(String file, String message) {
        super(message);
        this.file = file;
    }

    /** An error about {@code file} caused by {@code cause}. */
    public RunCacheException(String file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file or folder concerned, when there is one. */
    public String file() {
        return file;
    }
}
