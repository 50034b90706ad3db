package org.zhifagongkai.api.complaint.filing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matters that another channel must take, recognised before a complaint is accepted and answered
 * with the right route (国办函〔2025〕66号): emergencies go to 110 / 119 / 120 / 122 at once; matters
 * already before 行政复议 or a court stay there (四川省行政执法监督条例 Art. 31); consumer complaints about a
 * company go to 12315, not to enforcement supervision (市场监督管理投诉举报处理暂行办法).
 */
public final class OtherChannels {

  /** Where a matter belongs instead, and what the filer is told. */
  enum Channel {
    EMERGENCY,
    RECONSIDERATION_OR_LITIGATION,
    CONSUMER_COMPLAINT
  }

  /** The answer to a matter for another channel. */
  record Redirect(Channel channel, String contact, String messageZh, String messageEn) {}

  private record Emergency(Pattern words, String number, String zh, String en) {}

  /** Events happening now: a 火灾隐患 named in a complaint about inspections is no emergency. */
  private static final List<Emergency> EMERGENCIES =
      List.of(
          new Emergency(
              Pattern.compile("着火了|起火了|失火了|发生火灾|正在燃烧|发生爆炸|爆炸了|燃气泄漏|煤气泄漏"),
              "119",
              "火警、爆炸或燃气泄漏",
              "a fire, explosion or gas leak"),
          new Emergency(
              Pattern.compile("有人受伤|人员受伤|需要急救|昏迷不醒|生命危险"),
              "120",
              "有人受伤或需要急救",
              "someone injured or in need of first aid"),
          new Emergency(Pattern.compile("发生车祸|交通事故现场|车辆相撞"), "122", "交通事故", "a traffic accident"),
          new Emergency(
              Pattern.compile("正在打架|持刀|抢劫|被打了|人身威胁|非法拘禁"),
              "110",
              "正在发生的违法犯罪或人身威胁",
              "a crime or threat in progress"));

  private static final Pattern IN_PROCEEDINGS =
      Pattern.compile(
          "(已经?|正在)(申请|提起|提出)了?(行政)?复议|(已经?|正在)(提起|提出)了?(行政)?诉讼|已经?向(人民)?法院(起诉|提起)"
              + "|复议(机关)?(已|正在)(受理|审理)|法院已?(立案|受理|审理中)");

  private static final Pattern CONSUMER =
      Pattern.compile("退款|退货|退钱|售后|商品质量|产品质量问题|假冒伪劣|买到|购买的|消费者权益|商家|霸王条款|缺斤短两");

  private static final Pattern ENFORCEMENT =
      Pattern.compile("执法|检查|处罚|罚款|罚单|查封|扣押|整改|吊销|责令|不作为|监管部门|行政|公示|裁量");

  private OtherChannels() {}

  /**
   * The route for a matter that is not a complaint about enforcement conduct; empty when it is one.
   *
   * @param inProceedings the filer's own answer that the matter is before 行政复议 or a court
   */
  static Optional<Redirect> of(String description, boolean inProceedings) {
    for (Emergency emergency : EMERGENCIES) {
      if (emergency.words().matcher(description).find()) {
        return Optional.of(
            new Redirect(
                Channel.EMERGENCY,
                emergency.number(),
                "这是紧急情况（" + emergency.zh() + "）：请立即拨打 " + emergency.number() + "。本平台不受理紧急求助。",
                "This is an emergency ("
                    + emergency.en()
                    + "): call "
                    + emergency.number()
                    + " now. The portal does not take emergencies."));
      }
    }
    if (inProceedings || IN_PROCEEDINGS.matcher(description).find()) {
      return Optional.of(
          new Redirect(
              Channel.RECONSIDERATION_OR_LITIGATION,
              "行政复议机关或人民法院",
              "该事项已进入行政复议或行政诉讼程序，请在该程序中主张权利；行政执法监督不受理已在复议、诉讼中的事项。",
              "The matter is before an administrative reconsideration body or a court; pursue it"
                  + " there. Enforcement supervision does not take matters already in those"
                  + " proceedings."));
    }
    if (CONSUMER.matcher(description).find() && !ENFORCEMENT.matcher(description).find()) {
      return Optional.of(
          new Redirect(
              Channel.CONSUMER_COMPLAINT,
              "12315",
              "这是对经营者的消费投诉，不是对执法行为的投诉：请拨打 12315 或登录全国12315平台。",
              "This is a consumer complaint about a business, not about enforcement conduct: call"
                  + " 12315 or use the national 12315 platform."));
    }
    return Optional.empty();
  }
}
