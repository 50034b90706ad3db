package org.zhifagongkai.api.contactpoint;

/** Where a contact point sits: 商会, 协会, 园区, 企业, 司法所, 社区 or elsewhere. */
public enum ContactPointHostKind {
  CHAMBER_OF_COMMERCE,
  ASSOCIATION,
  INDUSTRIAL_PARK,
  ENTERPRISE,
  JUSTICE_OFFICE,
  COMMUNITY,
  OTHER
}
