package org.zhifagongkai.api.law;

/** The rank of a legal text: 法律, 行政法规, 地方性法规, 规章, 规范性文件. */
public enum LawKind {
  LAW,
  ADMINISTRATIVE_REGULATION,
  LOCAL_REGULATION,
  RULE,
  NORMATIVE_DOCUMENT
}
