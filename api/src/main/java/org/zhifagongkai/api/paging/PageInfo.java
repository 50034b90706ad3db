package org.zhifagongkai.api.paging;

import org.jspecify.annotations.Nullable;

/** Where a page stands in its connection. */
public record PageInfo(
    boolean hasNextPage,
    boolean hasPreviousPage,
    @Nullable String startCursor,
    @Nullable String endCursor) {}
