package org.zhifagongkai.api.paging;

import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/** A validated request for one page: {@code first} items after the opaque cursor {@code after}. */
public record PageRequest(int first, @Nullable String after) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public static PageRequest of(@Nullable Integer first, @Nullable String after) {
    int size = first == null ? DEFAULT_SIZE : first;
    if (size < 1 || size > MAX_SIZE) {
      throw new PortalException(
          ErrorCode.PAGE_SIZE_OUT_OF_RANGE,
          "每页数量 first 须在 1 到 " + MAX_SIZE + " 之间，收到 " + size,
          "first must be between 1 and " + MAX_SIZE + ", got " + size);
    }
    return new PageRequest(size, after == null || after.isBlank() ? null : after);
  }
}
