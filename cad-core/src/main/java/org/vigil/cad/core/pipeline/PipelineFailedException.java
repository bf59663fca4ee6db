package org.vigil.cad.core.pipeline;

/** The pipeline cannot journal any more; the command was not taken and nothing was acknowledged. */
public final class PipelineFailedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PipelineFailedException(String reason) {
        super("pipeline failed: " + reason);
    }
}
