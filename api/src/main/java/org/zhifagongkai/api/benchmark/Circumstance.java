package org.zhifagongkai.api.benchmark;

/** 情节: 轻微, 较轻, 较重, 严重. */
public enum Circumstance {
  MINOR,
  LESSER,
  SERIOUS,
  GRAVE
}
