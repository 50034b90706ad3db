package org.zhifagongkai.api.item;

/** The catalogue an item is listed in: 综合执法, 专业执法 or 乡镇（街道）. */
public enum Catalogue {
  COMPREHENSIVE,
  SPECIALISED,
  TOWN_STREET
}
