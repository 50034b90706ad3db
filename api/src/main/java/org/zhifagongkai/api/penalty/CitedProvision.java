package org.zhifagongkai.api.penalty;

import java.util.Objects;
import org.zhifagongkai.api.law.LegalProvision;
import org.zhifagongkai.api.law.LinkedProvision;

/** A provision a decision cites, and whether it was violated or sets the penalty. */
public record CitedProvision(LegalProvision provision, CitationRole role) {

  /** 违法依据 or 处罚依据. */
  public enum CitationRole {
    VIOLATED,
    PENALTY
  }

  static CitedProvision of(LinkedProvision link) {
    return new CitedProvision(
        link.provision(), CitationRole.valueOf(Objects.requireNonNull(link.role(), "role")));
  }
}
