package org.zhifagongkai.api.sample;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.PenaltyKind;

/**
 * The fixed content the sample dataset is generated from: fields, legal texts and the violations
 * that items, benchmarks and decisions share. Provision texts are short paraphrases marked as
 * sample text, not the statutes' wording; ranges follow the statutes so the sample behaves like
 * real data.
 */
final class SampleCatalogue {

  private SampleCatalogue() {}

  /** A field of enforcement and the role of the bodies that enforce it. */
  record Field(String code, String name, String industry) {}

  static final List<Field> FIELDS =
      List.of(
          new Field("ECO_ENVIRONMENT", "生态环境", "化工"),
          new Field("MARKET_REGULATION", "市场监管", "商贸"),
          new Field("URBAN_MANAGEMENT", "市容环卫", "装饰工程"),
          new Field("WORK_SAFETY", "安全生产", "机械制造"),
          new Field("TRANSPORT", "交通运输", "物流"),
          new Field("CULTURE_TOURISM", "文化旅游", "旅行社"),
          new Field("CONSTRUCTION", "住房城乡建设", "建筑"),
          new Field("NATURAL_RESOURCES", "自然资源", "矿业"),
          new Field("HEALTH", "卫生健康", "医疗"),
          new Field("AGRICULTURE", "农业农村", "农资"));

  /** A legal text with the provisions the sample cites. */
  record Law(
      String key,
      String title,
      String kind,
      String issuer,
      LocalDate versionDate,
      LocalDate effectiveFrom,
      List<Provision> provisions) {}

  /** A provision: 条, optional 款 and 项, and a paraphrase. */
  record Provision(int article, @Nullable Integer paragraph, @Nullable Integer item, String text) {}

  /** Where a violation's provision is: a law key and the provision's address. */
  record Ref(String law, int article, @Nullable Integer paragraph, @Nullable Integer item) {}

  private static final String NPC = "全国人民代表大会常务委员会";

  static final List<Law> LAWS =
      List.of(
          new Law(
              "penalty",
              "中华人民共和国行政处罚法",
              "LAW",
              NPC,
              LocalDate.of(2021, 1, 22),
              LocalDate.of(2021, 7, 15),
              List.of(
                  new Provision(32, null, null, "【示例文本】当事人主动消除或者减轻违法行为危害后果等情形的，应当从轻或者减轻行政处罚。"),
                  new Provision(
                      33,
                      1,
                      null,
                      "【示例文本】违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚。"),
                  new Provision(48, 1, null, "【示例文本】具有一定社会影响的行政处罚决定应当依法公开。"))),
          new Law(
              "air",
              "中华人民共和国大气污染防治法",
              "LAW",
              NPC,
              LocalDate.of(2018, 10, 26),
              LocalDate.of(2018, 10, 26),
              List.of(
                  new Provision(18, null, null, "【示例文本】排放大气污染物的，应当符合大气污染物排放标准，遵守重点大气污染物排放总量控制要求。"),
                  new Provision(69, 3, null, "【示例文本】施工单位应当在施工工地设置硬质围挡，并采取覆盖、分段作业、洒水抑尘等防尘降尘措施。"),
                  new Provision(
                      99, null, 2, "【示例文本】超过大气污染物排放标准排放大气污染物的，责令改正或者限制生产、停产整治，并处十万元以上一百万元以下的罚款。"),
                  new Provision(
                      115, 1, null, "【示例文本】施工单位未采取扬尘防治措施的，责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治。"))),
          new Law(
              "water",
              "中华人民共和国水污染防治法",
              "LAW",
              NPC,
              LocalDate.of(2017, 6, 27),
              LocalDate.of(2018, 1, 1),
              List.of(
                  new Provision(
                      10, null, null, "【示例文本】排放水污染物，不得超过国家或者地方规定的水污染物排放标准和重点水污染物排放总量控制指标。"),
                  new Provision(
                      83, null, 2, "【示例文本】超过水污染物排放标准排放水污染物的，责令改正或者责令限制生产、停产整治，并处十万元以上一百万元以下的罚款。"))),
          new Law(
              "food",
              "中华人民共和国食品安全法",
              "LAW",
              NPC,
              LocalDate.of(2021, 4, 29),
              LocalDate.of(2021, 4, 29),
              List.of(
                  new Provision(34, null, 10, "【示例文本】禁止生产经营超过保质期的食品。"),
                  new Provision(
                      124, 1, 5, "【示例文本】经营超过保质期的食品，没收违法所得和违法经营的食品，货值金额不足一万元的，并处五万元以上十万元以下罚款。"))),
          new Law(
              "ads",
              "中华人民共和国广告法",
              "LAW",
              NPC,
              LocalDate.of(2021, 4, 29),
              LocalDate.of(2021, 4, 29),
              List.of(
                  new Provision(28, 1, null, "【示例文本】广告以虚假或者引人误解的内容欺骗、误导消费者的，构成虚假广告。"),
                  new Provision(55, 1, null, "【示例文本】发布虚假广告的，责令停止发布广告，消除影响，处广告费用三倍以上五倍以下的罚款。"))),
          new Law(
              "prices",
              "明码标价和禁止价格欺诈规定",
              "RULE",
              "国家市场监督管理总局",
              LocalDate.of(2022, 4, 14),
              LocalDate.of(2022, 7, 1),
              List.of(
                  new Provision(5, null, null, "【示例文本】经营者销售、收购商品和提供服务时，应当依法明码标价。"),
                  new Provision(21, null, null, "【示例文本】经营者不按规定明码标价的，责令改正，可以处五千元以下的罚款。"))),
          new Law(
              "safety",
              "中华人民共和国安全生产法",
              "LAW",
              NPC,
              LocalDate.of(2021, 6, 10),
              LocalDate.of(2021, 9, 1),
              List.of(
                  new Provision(28, 1, null, "【示例文本】生产经营单位应当对从业人员进行安全生产教育和培训。"),
                  new Provision(35, null, null, "【示例文本】生产经营单位应当在有较大危险因素的场所和设备上，设置明显的安全警示标志。"),
                  new Provision(97, null, 3, "【示例文本】未按照规定对从业人员进行安全生产教育和培训的，责令限期改正，处十万元以下的罚款。"),
                  new Provision(99, null, 1, "【示例文本】未在有较大危险因素的场所设置明显的安全警示标志的，责令限期改正，处五万元以下的罚款。"))),
          new Law(
              "transport",
              "中华人民共和国道路运输条例",
              "ADMINISTRATIVE_REGULATION",
              "国务院",
              LocalDate.of(2023, 7, 20),
              LocalDate.of(2023, 9, 1),
              List.of(
                  new Provision(10, null, null, "【示例文本】从事道路运输经营的，应当依法取得道路运输经营许可。"),
                  new Provision(
                      63, null, null, "【示例文本】未取得道路运输经营许可擅自从事经营的，没收违法所得，处违法所得二倍以上十倍以下的罚款。"))),
          new Law(
              "tourism",
              "中华人民共和国旅游法",
              "LAW",
              NPC,
              LocalDate.of(2018, 10, 26),
              LocalDate.of(2018, 10, 26),
              List.of(
                  new Provision(35, 1, null, "【示例文本】旅行社不得以不合理的低价组织旅游活动，诱骗旅游者。"),
                  new Provision(
                      98, null, null, "【示例文本】旅行社违反本法第三十五条规定的，责令改正，没收违法所得，并处三万元以上三十万元以下罚款。"))),
          new Law(
              "sanitation",
              "示例省城市市容和环境卫生管理条例",
              "LOCAL_REGULATION",
              "示例省人民代表大会常务委员会",
              LocalDate.of(2020, 6, 1),
              LocalDate.of(2020, 10, 1),
              List.of(
                  new Provision(20, null, null, "【示例文本】任何单位和个人不得在建筑物、构筑物和其他设施上擅自张贴、涂写、刻画。"),
                  new Provision(22, 1, null, "【示例文本】设置户外广告设施应当符合规划和设置规范。"),
                  new Provision(30, null, null, "【示例文本】不得随意倾倒建筑垃圾。"),
                  new Provision(31, null, null, "【示例文本】不得占用城市道路、人行道从事经营活动。"),
                  new Provision(45, null, null, "【示例文本】违反第二十条的，责令清除，可以处五十元以上五百元以下罚款。"),
                  new Provision(46, null, null, "【示例文本】违反第二十二条第一款的，责令限期改正，处一千元以上一万元以下罚款。"),
                  new Provision(47, null, null, "【示例文本】违反第三十条的，责令清除，处五千元以上五万元以下罚款。"),
                  new Provision(48, null, null, "【示例文本】违反第三十一条的，责令改正，处二百元以上二千元以下罚款。"))));

  /**
   * A violation the sample penalises: its field, provisions, statutory fine range (in yuan, or as
   * multiples of {@code multipleBase}) and the other penalty kinds it may bring.
   */
  record Violation(
      String code,
      String field,
      String name,
      String conduct,
      Ref violated,
      Ref penalty,
      long fineMin,
      long fineMax,
      @Nullable String multipleBase,
      int multipleMin,
      int multipleMax,
      List<PenaltyKind> alsoImposed) {

    boolean byMultiple() {
      return multipleBase != null;
    }
  }

  private static Violation amount(
      String code,
      String field,
      String name,
      String conduct,
      Ref violated,
      Ref penalty,
      long min,
      long max,
      PenaltyKind... also) {
    return new Violation(
        code, field, name, conduct, violated, penalty, min, max, null, 0, 0, List.of(also));
  }

  private static Violation multiple(
      String code,
      String field,
      String name,
      String conduct,
      Ref violated,
      Ref penalty,
      String base,
      int min,
      int max) {
    return new Violation(
        code,
        field,
        name,
        conduct,
        violated,
        penalty,
        0,
        0,
        base,
        min,
        max,
        List.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS));
  }

  static final List<Violation> VIOLATIONS =
      List.of(
          amount(
              "ECO-01",
              "ECO_ENVIRONMENT",
              "超过大气污染物排放标准排放大气污染物",
              "废气排放口颗粒物浓度超过排放标准",
              new Ref("air", 18, null, null),
              new Ref("air", 99, null, 2),
              100_000,
              1_000_000,
              PenaltyKind.ORDER_TO_SUSPEND_BUSINESS),
          amount(
              "ECO-02",
              "ECO_ENVIRONMENT",
              "超过水污染物排放标准排放水污染物",
              "总排口化学需氧量浓度超过排放标准",
              new Ref("water", 10, null, null),
              new Ref("water", 83, null, 2),
              100_000,
              1_000_000),
          amount(
              "ECO-03",
              "ECO_ENVIRONMENT",
              "施工工地未采取扬尘防治措施",
              "施工工地裸露土方未覆盖、未设置硬质围挡",
              new Ref("air", 69, 3, null),
              new Ref("air", 115, 1, null),
              10_000,
              100_000),
          multiple(
              "MKT-01",
              "MARKET_REGULATION",
              "发布虚假广告",
              "在网络平台发布含有虚假功效内容的商品广告",
              new Ref("ads", 28, 1, null),
              new Ref("ads", 55, 1, null),
              "广告费用",
              3,
              5),
          amount(
              "MKT-02",
              "MARKET_REGULATION",
              "经营超过保质期的食品",
              "在经营场所货架上销售超过保质期的预包装食品",
              new Ref("food", 34, null, 10),
              new Ref("food", 124, 1, 5),
              50_000,
              100_000,
              PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY),
          amount(
              "MKT-03",
              "MARKET_REGULATION",
              "不按规定明码标价",
              "销售的商品未按规定标明价格",
              new Ref("prices", 5, null, null),
              new Ref("prices", 21, null, null),
              0,
              5_000,
              PenaltyKind.WARNING),
          amount(
              "URB-01",
              "URBAN_MANAGEMENT",
              "擅自在建筑物上张贴、涂写、刻画",
              "在临街建筑物外墙擅自张贴小广告",
              new Ref("sanitation", 20, null, null),
              new Ref("sanitation", 45, null, null),
              50,
              500),
          amount(
              "URB-02",
              "URBAN_MANAGEMENT",
              "未按规定设置户外广告设施",
              "未按设置规范在临街门面设置户外广告牌",
              new Ref("sanitation", 22, 1, null),
              new Ref("sanitation", 46, null, null),
              1_000,
              10_000),
          amount(
              "URB-03",
              "URBAN_MANAGEMENT",
              "随意倾倒建筑垃圾",
              "将装修产生的建筑垃圾倾倒在道路绿化带内",
              new Ref("sanitation", 30, null, null),
              new Ref("sanitation", 47, null, null),
              5_000,
              50_000),
          amount(
              "URB-04",
              "URBAN_MANAGEMENT",
              "占用城市道路、人行道从事经营活动",
              "占用人行道摆摊设点从事经营",
              new Ref("sanitation", 31, null, null),
              new Ref("sanitation", 48, null, null),
              200,
              2_000),
          amount(
              "SAF-01",
              "WORK_SAFETY",
              "未按规定对从业人员进行安全生产教育和培训",
              "新入职从业人员未经安全生产教育和培训即上岗作业",
              new Ref("safety", 28, 1, null),
              new Ref("safety", 97, null, 3),
              0,
              100_000),
          amount(
              "SAF-02",
              "WORK_SAFETY",
              "未在有较大危险因素的场所设置安全警示标志",
              "在有限空间作业场所未设置明显的安全警示标志",
              new Ref("safety", 35, null, null),
              new Ref("safety", 99, null, 1),
              0,
              50_000),
          multiple(
              "TRA-01",
              "TRANSPORT",
              "未取得道路运输经营许可擅自从事道路运输经营",
              "未取得道路运输经营许可，使用自有车辆从事货物运输经营",
              new Ref("transport", 10, null, null),
              new Ref("transport", 63, null, null),
              "违法所得",
              2,
              10),
          amount(
              "TOU-01",
              "CULTURE_TOURISM",
              "以不合理的低价组织旅游活动",
              "以低于成本的价格组织旅游团并安排购物获取回扣",
              new Ref("tourism", 35, 1, null),
              new Ref("tourism", 98, null, null),
              30_000,
              300_000,
              PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS));

  /** The approval under which the province delegated comprehensive items to towns and streets. */
  static final String DELEGATION_APPROVAL = "示例省人民政府关于赋予乡镇（街道）部分行政执法权的决定（示政发〔2022〕8号）";

  static final LocalDate DELEGATION_SINCE = LocalDate.of(2022, 7, 1);
}
