package org.zhifagongkai.api.agency;

/** 综合执法, 专业执法, 乡镇街道, or the 司法行政 body that supervises enforcement. */
public enum AgencyKind {
  COMPREHENSIVE,
  SPECIALISED,
  TOWN_STREET,
  SUPERVISION
}
