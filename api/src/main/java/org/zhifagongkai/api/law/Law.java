package org.zhifagongkai.api.law;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** 执法依据: a legal text in one version; {@code title} has no book-title marks. */
public record Law(
    long id,
    String title,
    LawKind kind,
    String issuer,
    LocalDate versionDate,
    @Nullable LocalDate effectiveFrom,
    @Nullable LocalDate effectiveTo) {}
