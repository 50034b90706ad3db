package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/**
 * How long a decision's texts and how large its amounts may be: a text past its limit would be
 * stored and then be too large for any answer that includes it, and an amount past the column's 14
 * integer digits, or with fractions of a fen, would fail or be rounded where it is stored.
 */
final class DecisionLimits {

  static final int DOCUMENT_NUMBER = 100;
  static final int PARTY = 200;
  static final int CASE_NAME = 500;
  static final int FACTS = 50_000;
  static final int PROVISIONS = 10_000;
  static final int LICENCE_ACTIONS = 5_000;
  static final int REASON = 2_000;

  /** Yuan, as numeric(16, 2) holds them. */
  private static final int AMOUNT_INTEGER_DIGITS = 14;

  private DecisionLimits() {}

  /** INVALID_TEXT when {@code text} is longer than {@code max} characters. */
  static void text(@Nullable String text, int max, String partZh, String partEn) {
    if (text != null && text.codePointCount(0, text.length()) > max) {
      throw new PortalException(
          ErrorCode.INVALID_TEXT,
          partZh + "不能超过 " + max + " 个字符",
          partEn + " is at most " + max + " characters long");
    }
  }

  /** A draft's texts within their limits. */
  static void texts(NewDecision draft) {
    text(draft.documentNumber(), DOCUMENT_NUMBER, "文号", "The document number");
    text(draft.party().name(), PARTY, "当事人名称", "The party's name");
    text(draft.caseName(), CASE_NAME, "案件名称", "The case name");
    text(draft.facts(), FACTS, "违法事实", "The facts");
    text(draft.violatedProvisions(), PROVISIONS, "违法依据", "The provisions violated");
    text(draft.penaltyProvisions(), PROVISIONS, "处罚依据", "The provisions applied");
    text(draft.licenceActions(), LICENCE_ACTIONS, "许可处理", "The licence actions");
  }

  /** A correction's texts within their limits. */
  static void texts(Correction correction) {
    text(correction.caseName(), CASE_NAME, "案件名称", "The case name");
    text(correction.facts(), FACTS, "违法事实", "The facts");
    text(correction.licenceActions(), LICENCE_ACTIONS, "许可处理", "The licence actions");
    text(correction.reason(), REASON, "更正理由", "The reason");
  }

  /** INVALID_AMOUNT_RANGE for a negative amount, one past 14 integer digits or below a fen. */
  static void amounts(@Nullable BigDecimal... amounts) {
    for (BigDecimal amount : Arrays.asList(amounts)) {
      if (amount == null) {
        continue;
      }
      if (amount.signum() < 0) {
        throw new PortalException(
            ErrorCode.INVALID_AMOUNT_RANGE,
            "金额不能为负：" + amount,
            "Amounts cannot be negative: " + amount);
      }
      BigDecimal plain = amount.stripTrailingZeros();
      if (plain.scale() > 2 || plain.precision() - plain.scale() > AMOUNT_INTEGER_DIGITS) {
        throw new PortalException(
            ErrorCode.INVALID_AMOUNT_RANGE,
            "金额须为不超过 14 位整数、至多两位小数的元数：" + amount.toPlainString(),
            "Amounts are yuan with at most 14 integer digits and two decimals: "
                + amount.toPlainString());
      }
    }
  }
}
