package org.vigil.cad.core.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks, before Chronicle is touched, that the JVM grants what Chronicle Queue needs to write. Without
 * {@code sun.nio.ch} the queue quietly opens read-only and only the first append fails; without
 * {@code java.lang.reflect} opened it fails deep inside its builder. Either way the journal must not start.
 */
final class ChronicleJvmAccess {
    static final String EXPORT_SUN_NIO_CH = "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED";
    static final String OPEN_JAVA_LANG_REFLECT = "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED";
    static final String HINT = "start the JVM with Chronicle's flags (cad-core's vigil-jvm-flags.txt), at least "
            + EXPORT_SUN_NIO_CH + " " + OPEN_JAVA_LANG_REFLECT;

    private ChronicleJvmAccess() {
    }

    /** @throws IllegalStateException naming every missing flag */
    static void require() {
        Module base = Object.class.getModule();
        Module self = ChronicleJvmAccess.class.getModule();
        List<String> missing = new ArrayList<>(2);
        if (!base.isExported("sun.nio.ch", self)) {
            missing.add(EXPORT_SUN_NIO_CH);
        }
        if (!base.isOpen("java.lang.reflect", self)) {
            missing.add(OPEN_JAVA_LANG_REFLECT);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Chronicle Queue cannot write the journal without the JVM flags "
                    + String.join(" ", missing) + "; " + HINT);
        }
    }
}
