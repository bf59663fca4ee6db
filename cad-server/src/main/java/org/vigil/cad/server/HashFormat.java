package org.vigil.cad.server;

/** State hashes are shown as 16 hex digits everywhere, so a person can compare them by eye. */
final class HashFormat {
    private HashFormat() {
    }

    static String hex(long hash) {
        return String.format("%016x", hash);
    }
}
