package org.zhifagongkai.api.findings;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules the database checks by itself, one row each: when a published decision breaks the rule
 * ({@code hit}, over {@code p} the decision, {@code t} its benchmark tier if any, {@code :today}),
 * and what the finding says ({@code detail}: dates, amounts and field names, never published text).
 * All rows are read in one pass over the published decisions.
 */
final class SqlRules {

  /** One rule, or one case of a rule, as SQL over {@code p} and {@code t}. */
  record SqlRule(PublicationRule rule, String hit, String detail) {}

  /** The placeholders the importer writes where a source gives no party or no number. */
  static final String NO_PARTY = "（未载明当事人）";

  static final String NO_NUMBER = "无文号-";

  private static final String REQUIRED = "'缺少双公示必填项：";

  static final List<SqlRule> RULES =
      List.of(
          new SqlRule(
              PublicationRule.PUBLISHED_LATE,
              "p.published_on > p.publication_due",
              "'公开日 ' || p.published_on || ' 晚于公开期限 ' || p.publication_due"),
          new SqlRule(
              PublicationRule.SHOWN_AFTER_TERM,
              "p.publish_until < :today",
              "'公示截止期 ' || p.publish_until || ' 已过，仍在公示'"),
          new SqlRule(
              PublicationRule.BEYOND_SCOPE,
              "p.field_code = 'MARKET_REGULATION' and p.penalty_kinds = array['WARNING']",
              "'仅处警告的市场监管行政处罚，不予公示'"),
          new SqlRule(
              PublicationRule.MISSING_REQUIRED_FIELD,
              "btrim(p.party_name) = '' or p.party_name = '" + NO_PARTY + "'",
              REQUIRED + "行政相对人名称'"),
          new SqlRule(
              PublicationRule.MISSING_REQUIRED_FIELD,
              "btrim(p.document_number) = '' or starts_with(p.document_number, '"
                  + NO_NUMBER
                  + "')",
              REQUIRED + "行政处罚决定书文号'"),
          new SqlRule(
              PublicationRule.MISSING_REQUIRED_FIELD,
              "p.party_kind = 'LEGAL_PERSON' and coalesce(btrim(p.party_credit_code), '') = ''",
              REQUIRED + "行政相对人代码（统一社会信用代码）'"),
          new SqlRule(
              PublicationRule.MISSING_REQUIRED_FIELD,
              "p.party_kind = 'LEGAL_PERSON' and coalesce(btrim(p.party_legal_representative), '') = ''",
              REQUIRED + "法定代表人'"),
          new SqlRule(
              PublicationRule.MISSING_REQUIRED_FIELD, "btrim(p.facts) = ''", REQUIRED + "违法事实'"),
          new SqlRule(
              PublicationRule.MISSING_REQUIRED_FIELD,
              "btrim(p.penalty_provisions) = ''",
              REQUIRED + "处罚依据'"),
          new SqlRule(
              PublicationRule.MISSING_REQUIRED_FIELD,
              "'FINE' = any(p.penalty_kinds) and p.fine_amount is null",
              REQUIRED + "罚款金额（处罚类别含罚款）'"),
          new SqlRule(
              PublicationRule.MISSING_REQUIRED_FIELD,
              "'CONFISCATION_OF_ILLEGAL_GAINS' = any(p.penalty_kinds) and p.confiscation_amount is null",
              REQUIRED + "没收违法所得金额（处罚类别含没收违法所得）'"),
          new SqlRule(
              PublicationRule.MISSING_REQUIRED_FIELD,
              "p.penalty_kinds && array['LICENCE_SUSPENSION', 'LICENCE_REVOCATION']"
                  + " and coalesce(btrim(p.licence_actions), '') = ''",
              REQUIRED + "暂扣或吊销证照名称及编号（处罚类别含暂扣或吊销）'"),
          new SqlRule(
              PublicationRule.MISSING_REQUIRED_FIELD,
              "p.decision_date_basis not in ('STATED', 'SIGNED')",
              REQUIRED + "处罚决定日期（所载日期系据其他线索推定）'"),
          new SqlRule(
              PublicationRule.MISSING_REQUIRED_FIELD,
              "p.publish_until is null",
              REQUIRED + "公示截止期'"),
          new SqlRule(
              PublicationRule.FINE_OUTSIDE_TIER,
              "p.fine_amount < t.fine_min or p.fine_amount > t.fine_max",
              "'罚款 ' || p.fine_amount || ' 元，不在所适用裁量档次的 ' || coalesce(t.fine_min::text, '—')"
                  + " || ' 至 ' || coalesce(t.fine_max::text, '—') || ' 元之内'"),
          new SqlRule(
              PublicationRule.IMPOSSIBLE_DATE,
              "p.decision_date > :today",
              "'处罚决定日期 ' || p.decision_date || ' 尚未到来'"),
          new SqlRule(
              PublicationRule.IMPOSSIBLE_DATE,
              "p.published_on < p.decision_date",
              "'公开日 ' || p.published_on || ' 早于处罚决定日期 ' || p.decision_date"),
          new SqlRule(
              PublicationRule.IMPOSSIBLE_DATE,
              "p.published_on > :today",
              "'公开日 ' || p.published_on || ' 尚未到来'"),
          new SqlRule(
              PublicationRule.IMPOSSIBLE_DATE,
              "p.publish_until < p.published_on",
              "'公示截止期 ' || p.publish_until || ' 早于公开日 ' || p.published_on"));

  private SqlRules() {}

  /**
   * One query yielding {@code decision_id, agency_id, rule, detail} for every rule a published
   * decision breaks, each once.
   */
  static String findings() {
    String rows =
        RULES.stream()
            .map(
                r ->
                    "(("
                        + r.hit()
                        + ") is true, '"
                        + r.rule().name()
                        + "', case when ("
                        + r.hit()
                        + ") is true then "
                        + r.detail()
                        + " end)")
            .collect(Collectors.joining(",\n    "));
    return """
        select distinct p.id as decision_id, p.agency_id, r.rule, r.detail
        from penalty_decision p
        left join benchmark_tier t on t.id = p.benchmark_tier_id
        cross join lateral (values
            %s) as r(hit, rule, detail)
        where p.status = 'PUBLISHED' and r.hit
        """
        .formatted(rows);
  }
}
