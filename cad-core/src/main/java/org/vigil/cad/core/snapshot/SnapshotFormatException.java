package org.vigil.cad.core.snapshot;

/** A snapshot file that cannot be trusted: truncated, corrupt, of another format version or time unit. */
public final class SnapshotFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SnapshotFormatException(String reason) {
        super(reason);
    }

    public SnapshotFormatException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
