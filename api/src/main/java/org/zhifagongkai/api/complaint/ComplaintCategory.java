package org.zhifagongkai.api.complaint;

/** The published catalogue of what an enterprise may complain about. */
public enum ComplaintCategory {
  REPEATED_INSPECTION("重复检查、多头检查", "同一事项被同一部门反复入企检查，或几个部门分别检查同一内容。"),
  FINE_OUTSIDE_BENCHMARK("罚款超出裁量基准", "罚款金额超出该事项公布的裁量基准档次，或未说明为何适用该档次。"),
  PUBLICATION_FAILURE("未公示或公示错误", "行政处罚决定等依法应当公示而未公示，公示内容有误，或期满后仍未撤下。"),
  PROCEDURAL_VIOLATION("程序违法", "未出示执法证件、未告知陈述申辩或听证权利、未依法记录等执法程序问题。"),
  CONDUCT("执法态度", "执法人员态度粗暴、故意刁难、言行不文明，或索要财物。"),
  THIRD_PARTY_INSPECTION("第三方入企检查", "受委托的第三方机构以检查名义入企，收取费用或推销服务。"),
  INACTION("不作为", "依法应当处理的事项，执法机关拖延不办或拒不处理。"),
  OTHER("其他", "不属于以上各类的执法行为问题。");

  private final String label;
  private final String description;

  ComplaintCategory(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** Its Chinese name. */
  public String label() {
    return label;
  }

  /** What it covers, in one plain Chinese sentence for the filer. */
  public String description() {
    return description;
  }
}
