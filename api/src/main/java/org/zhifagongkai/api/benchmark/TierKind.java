package org.zhifagongkai.api.benchmark;

/** 裁量阶次: 不予处罚, 免予处罚, 减轻, 从轻, 一般, 从重. */
public enum TierKind {
  NO_PENALTY,
  EXEMPT,
  MITIGATED,
  LENIENT,
  ORDINARY,
  SEVERE
}
