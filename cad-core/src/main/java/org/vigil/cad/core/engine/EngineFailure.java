package org.vigil.cad.core.engine;

import org.vigil.cad.core.command.Command;

/**
 * A command hit a bug in the engine. The rejection is already in the sink; this tells the caller
 * (the pipeline) so it can count and log the failure and carry on with the next command.
 */
public final class EngineFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EngineFailure(Command command, RuntimeException cause) {
        super("engine failed on " + command.name(), cause);
    }
}
