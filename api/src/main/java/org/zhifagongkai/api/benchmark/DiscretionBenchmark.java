package org.zhifagongkai.api.benchmark;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** 裁量基准: a published benchmark in one version; a child refines its {@code parentId}. */
public record DiscretionBenchmark(
    long id,
    String title,
    String issuer,
    @Nullable Long issuerAgencyId,
    String version,
    LocalDate effectiveFrom,
    @Nullable LocalDate effectiveTo,
    @Nullable Long parentId,
    @Nullable String fieldCode,
    @Nullable String sourceUrl) {}
