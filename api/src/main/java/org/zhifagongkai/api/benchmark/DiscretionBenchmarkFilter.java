package org.zhifagongkai.api.benchmark;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which benchmarks to list. */
public record DiscretionBenchmarkFilter(
    @Nullable String field, @Nullable String issuerAgencyId, @Nullable LocalDate effectiveOn) {

  static final DiscretionBenchmarkFilter NONE = new DiscretionBenchmarkFilter(null, null, null);
}
