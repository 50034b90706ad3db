package org.zhifagongkai.api.item;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * 执法事项: one version of a catalogue item. Versions share a {@code code}; the current one has no
 * {@code supersededOn}. Items are never deleted.
 */
public record EnforcementItem(
    long id,
    String code,
    int version,
    String name,
    EnforcementItemKind kind,
    String fieldCode,
    long agencyId,
    Catalogue catalogue,
    LocalDate validFrom,
    @Nullable LocalDate supersededOn) {

  public boolean current() {
    return supersededOn == null;
  }
}
