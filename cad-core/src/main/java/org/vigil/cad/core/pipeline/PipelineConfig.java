package org.vigil.cad.core.pipeline;

/**
 * @param ringSize      slots in the ring, a power of two
 * @param waitStrategy  how idle stages wait
 */
public record PipelineConfig(int ringSize, WaitStrategyKind waitStrategy) {

    public PipelineConfig {
        if (Integer.bitCount(ringSize) != 1) {
            throw new IllegalArgumentException("ring size must be a power of two: " + ringSize);
        }
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(4096, WaitStrategyKind.BLOCKING);
    }
}
