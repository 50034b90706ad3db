package org.zhifagongkai.api.importer;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells the records a source publishes beside its penalty decisions that are not decisions: the
 * descriptions of enforcement items, notices served before a decision, rows that hold only an
 * attachment's name, administrative review decisions and process charts.
 */
final class NotADecision {

  /** Catalogue entries and statute excerpts published beside decisions. */
  private static final Pattern ITEM =
      Pattern.compile("(办事指南|的处罚$)|^\\s*(行政行为|【(法律|行政法规|地方性法规|政府规章|部门规章)】)");

  /** The labelled fields of a 双公示 record, which an item's description never has. */
  private static final Pattern RECORD_FIELDS = Pattern.compile("行政处罚决定书文号|行政处罚文书编号|处罚决定日期|行政相对人名称");

  /** Notices served before or about a decision (告知书, 送达公告). */
  private static final Pattern NOTICE = Pattern.compile("告知书|告知送达|送达公告|听证告知|事先告知");

  /** A row whose whole content is a file's name or a hash: nothing a reader could read. */
  private static final Pattern ATTACHMENT_ONLY =
      Pattern.compile(
          "(?s)\\s*(?:[^\\n]{0,120}\\.(?:xls|xlsx|doc|docx|pdf|zip|rar|wps|et)|[0-9a-f]{16,})\\s*",
          Pattern.CASE_INSENSITIVE);

  /** Decisions of other kinds of procedure, and the charts of a procedure. */
  private static final Pattern OTHER_PROCEDURE = Pattern.compile("^\\s*(?:行政复议决定书|.{0,20}流程图)");

  /**
   * A body's circular on its own or its subordinates' work (关于严格执行行政处罚裁量基准制度的通知, 关于印发…的通知),
   * published among decisions; a notice that suspends or revokes a party's licence (关于暂扣…许可证的通知) is
   * a decision and does not read so.
   */
  private static final Pattern CIRCULAR =
      Pattern.compile("关于(?:做好|开展|印发|转发|严格执行|加强|进一步|组织|切实|全省)[^，。]*的通知$");

  private NotADecision() {}

  /** Why {@code record} is not a penalty decision; null when it is one. */
  static @Nullable String why(PublishedRecord record) {
    String title = record.title();
    String body = record.text();
    // An item's description is titled like a 双公示 record (对…的处罚) but has no 文号 or record fields;
    // a number merely cited in its text (商务部令2007年第5号) does not make it a decision.
    boolean decision = !record.documentNumber().isBlank() || RECORD_FIELDS.matcher(body).find();
    if (!record.listsDecisionsOnly()
        && !decision
        && (ITEM.matcher(title).find() || ITEM.matcher(body).lookingAt())) {
      return "an enforcement item's description";
    }
    if (NOTICE.matcher(title).find()) {
      return "a notice (" + title.strip() + ")";
    }
    String content = body.isBlank() ? title : body;
    if (ATTACHMENT_ONLY.matcher(content).matches()) {
      return "only an attachment's name (" + content.strip() + ")";
    }
    if (OTHER_PROCEDURE.matcher(title).find() || OTHER_PROCEDURE.matcher(body).find()) {
      return "an administrative review decision or a procedure's chart";
    }
    if (CIRCULAR.matcher(title.strip()).find()) {
      return "a circular on the bodies' work (通知)";
    }
    if (title.strip().endsWith("的批复")) {
      return "a reply to a lower body's request (批复)";
    }
    return null;
  }
}
