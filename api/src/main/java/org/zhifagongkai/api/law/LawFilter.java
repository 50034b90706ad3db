package org.zhifagongkai.api.law;

import org.jspecify.annotations.Nullable;

/** Which legal texts to list. */
public record LawFilter(@Nullable LawKind kind, @Nullable String titleContains) {

  static final LawFilter NONE = new LawFilter(null, null);
}
