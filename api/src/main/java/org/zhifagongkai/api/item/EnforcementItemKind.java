package org.zhifagongkai.api.item;

/** The power an item exercises: 行政处罚, 行政检查, 行政强制, 行政许可 or other. */
public enum EnforcementItemKind {
  PENALTY,
  INSPECTION,
  COERCION,
  LICENSING,
  OTHER
}
