package org.vigil.cad.core.journal;

/** How far an append has gone before its command is acknowledged. */
public enum Durability {
    /** In the page cache: survives a process crash, not a power loss. The default. */
    PAGE_CACHE,
    /** Forced to disk at the end of each ring batch (group commit): survives a power loss. */
    SYNC
}
