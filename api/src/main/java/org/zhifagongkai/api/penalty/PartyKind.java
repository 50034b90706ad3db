package org.zhifagongkai.api.penalty;

/** 法人, 个体工商户, 自然人 or 其他组织. */
public enum PartyKind {
  LEGAL_PERSON,
  INDIVIDUAL_BUSINESS,
  NATURAL_PERSON,
  OTHER_ORGANISATION
}
