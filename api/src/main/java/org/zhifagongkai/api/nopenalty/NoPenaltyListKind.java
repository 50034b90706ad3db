package org.zhifagongkai.api.nopenalty;

/** 不予处罚清单 or 首违不罚清单. */
public enum NoPenaltyListKind {
  NO_PENALTY,
  FIRST_VIOLATION
}
