package org.zhifagongkai.api.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.identifier.PersonalData;
import org.zhifagongkai.api.penalty.DocumentNumber;
import org.zhifagongkai.api.penalty.Minors;
import org.zhifagongkai.api.penalty.PartyKind;
import org.zhifagongkai.api.penalty.PersonNames;

/**
 * The rules that need more than SQL: reading published text for a minor, for personal data and for
 * the shape of a document number. Pure and thread-safe. A finding's detail names the field and the
 * kind of data, never the data.
 */
final class TextRules {

  /** What {@link PersonalData#redact} writes for each kind of data it removes, and its name. */
  private static final List<Map.Entry<String, String>> KINDS =
      List.of(
          Map.entry(PersonalData.ID_REMOVED, "身份证号码"),
          Map.entry(PersonalData.PHONE_REMOVED, "电话号码"),
          Map.entry(PersonalData.ACCOUNT_REMOVED, "银行账号"),
          Map.entry(PersonalData.BIRTH_DATE_REMOVED, "出生日期"),
          Map.entry(PersonalData.LICENCE_REMOVED, "执业证号"));

  private TextRules() {}

  /** Every fault the text rules find in {@code decision}, each once, in a stable order. */
  static List<Finding> check(PublishedText decision) {
    Set<Finding> found = new LinkedHashSet<>();
    documentNumber(decision, found);
    minor(decision, found);
    personalData(decision, found);
    return List.copyOf(found);
  }

  /**
   * MALFORMED_DOCUMENT_NUMBER: a number given (not blank, not a placeholder) that does not parse.
   */
  private static void documentNumber(PublishedText decision, Set<Finding> found) {
    String number = decision.documentNumber();
    if (!number.isBlank()
        && !number.startsWith(SqlRules.NO_NUMBER)
        && !DocumentNumber.parse(number).parsed()) {
      found.add(
          finding(decision, PublicationRule.MALFORMED_DOCUMENT_NUMBER, "文号不能读作“机关代字〔年份〕序号号”"));
    }
  }

  /** BEYOND_SCOPE: a penalty on a minor, which is never published. */
  private static void minor(PublishedText decision, Set<Finding> found) {
    if (Minors.isMinorParty(
        decision.partyKind(), decision.partyName(), decision.facts(), decision.decisionDate())) {
      found.add(finding(decision, PublicationRule.BEYOND_SCOPE, "当事人系未成年人，对其行政处罚决定不予公开"));
    }
  }

  /**
   * PERSONAL_DATA_UNMASKED: an ID, phone, account, birth date or licence number readable in any
   * published text; a natural person's name not masked.
   */
  private static void personalData(PublishedText decision, Set<Finding> found) {
    if (decision.partyKind() == PartyKind.NATURAL_PERSON
        && !decision.partyName().equals(SqlRules.NO_PARTY)
        && !PersonNames.mask(decision.partyName()).equals(decision.partyName().strip())) {
      found.add(finding(decision, PublicationRule.PERSONAL_DATA_UNMASKED, "当事人名称中自然人姓名未作隐名处理"));
    }
    for (Map.Entry<String, @Nullable String> field : fields(decision).entrySet()) {
      String text = field.getValue();
      if (text == null) {
        continue;
      }
      for (String kind : kindsIn(text)) {
        found.add(
            finding(
                decision, PublicationRule.PERSONAL_DATA_UNMASKED, field.getKey() + "中可读出" + kind));
      }
    }
  }

  /** The kinds of personal data readable in {@code text}, in a stable order. */
  static List<String> kindsIn(String text) {
    String redacted = PersonalData.redact(text);
    if (redacted.equals(text)) {
      return List.of();
    }
    List<String> kinds = new ArrayList<>();
    for (Map.Entry<String, String> kind : KINDS) {
      if (occurrences(redacted, kind.getKey()) > occurrences(text, kind.getKey())) {
        kinds.add(kind.getValue());
      }
    }
    return kinds;
  }

  private static Map<String, @Nullable String> fields(PublishedText decision) {
    Map<String, @Nullable String> fields = new LinkedHashMap<>();
    fields.put("当事人名称", decision.partyName());
    fields.put("法定代表人", decision.legalRepresentative());
    fields.put("案件名称", decision.caseName());
    fields.put("违法事实", decision.facts());
    fields.put("违反的规定", decision.violatedProvisions());
    fields.put("处罚依据", decision.penaltyProvisions());
    fields.put("暂扣或吊销证照名称及编号", decision.licenceActions());
    return fields;
  }

  private static int occurrences(String text, String marker) {
    int count = 0;
    for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length())) {
      count++;
    }
    return count;
  }

  private static Finding finding(PublishedText decision, PublicationRule rule, String detail) {
    return new Finding(decision.decisionId(), decision.agencyId(), rule, detail);
  }
}
