package org.vigil.cad.core.pipeline;

import com.lmax.disruptor.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: the stages catch their own failures, so anything that reaches here is a
 * bug. The default Disruptor handler would stop the stage and leave producers blocked on a full ring;
 * this one fails the pipeline (so producers are refused) and lets the stage go on draining.
 */
final class StageExceptionHandler implements ExceptionHandler<CommandSlot> {
    private static final Logger LOG = LoggerFactory.getLogger(StageExceptionHandler.class);

    private final PipelineHealth health;

    StageExceptionHandler(PipelineHealth health) {
        this.health = health;
    }

    @Override
    public void handleEventException(Throwable ex, long sequence, CommandSlot slot) {
        health.fail("stage failed at sequence " + sequence + ": " + ex);
        LOG.error("ALARM: a pipeline stage threw at sequence {}; the pipeline refuses commands from now on", sequence, ex);
        if (slot != null && slot.ack() != null) {
            slot.ack().completeExceptionally(ex);
        }
    }

    @Override
    public void handleOnStartException(Throwable ex) {
        health.fail("stage failed to start: " + ex);
        LOG.error("ALARM: a pipeline stage failed to start", ex);
    }

    @Override
    public void handleOnShutdownException(Throwable ex) {
        LOG.warn("a pipeline stage failed while stopping", ex);
    }
}
