package org.zhifagongkai.api.benchmark;

import org.jspecify.annotations.Nullable;

/** One violation (违法行为) of a benchmark, with the provisions as cited and, where known, linked. */
public record BenchmarkViolation(
    long id,
    long benchmarkId,
    int seq,
    String violation,
    String violatedProvisionText,
    String penaltyProvisionText,
    @Nullable Long violatedProvisionId,
    @Nullable Long penaltyProvisionId) {}
