package org.zhifagongkai.api.agency;

/** The level of government a body belongs to. */
public enum AgencyLevel {
  NATIONAL,
  PROVINCE,
  CITY,
  COUNTY,
  TOWN
}
