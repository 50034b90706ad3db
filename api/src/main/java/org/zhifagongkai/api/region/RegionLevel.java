package org.zhifagongkai.api.region;

/** The level of an administrative division (省级, 地级, 县级, 乡级). */
public enum RegionLevel {
  PROVINCE,
  CITY,
  COUNTY,
  TOWN
}
