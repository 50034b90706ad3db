package org.zhifagongkai.api.contactpoint;

import org.jspecify.annotations.Nullable;

/** Which contact points to list. */
public record ContactPointFilter(
    @Nullable String regionCode, @Nullable String field, @Nullable ContactPointHostKind hostKind) {

  static final ContactPointFilter NONE = new ContactPointFilter(null, null, null);
}
