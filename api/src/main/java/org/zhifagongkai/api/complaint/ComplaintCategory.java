package org.zhifagongkai.api.complaint;

/** The published catalogue of what an enterprise may complain about. */
public enum ComplaintCategory {
  REPEATED_INSPECTION("重复检查、多头检查"),
  FINE_OUTSIDE_BENCHMARK("罚款超出裁量基准"),
  PUBLICATION_FAILURE("未公示或公示错误"),
  PROCEDURAL_VIOLATION("程序违法"),
  CONDUCT("执法态度"),
  THIRD_PARTY_INSPECTION("第三方入企检查"),
  INACTION("不作为"),
  OTHER("其他");

  private final String label;

  ComplaintCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
