package org.zhifagongkai.api.support;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.graphql.PortalException;

/** Reads the numeric database ids behind GraphQL {@code ID} values. */
public final class Ids {

  private Ids() {}

  /**
   * The numeric id in {@code id}; an id that is not a number names no record, so it is a NOT_FOUND
   * error for the kind of record given.
   */
  public static long parse(String id, String kindZh, String kindEn) {
    try {
      long value = Long.parseLong(id.strip());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // handled below
    }
    throw PortalException.notFound(kindZh, kindEn, id);
  }

  public static @Nullable Long parseOptional(@Nullable String id, String kindZh, String kindEn) {
    return id == null ? null : parse(id, kindZh, kindEn);
  }

  /** The ids as an array to bind to {@code = any(:ids)}. */
  public static Long[] array(Collection<Long> ids) {
    return ids.toArray(Long[]::new);
  }
}
