package org.zhifagongkai.api.opendata;

import static org.zhifagongkai.api.opendata.ColumnType.BOOLEAN;
import static org.zhifagongkai.api.opendata.ColumnType.DATE;
import static org.zhifagongkai.api.opendata.ColumnType.DATE_TIME;
import static org.zhifagongkai.api.opendata.ColumnType.DECIMAL;
import static org.zhifagongkai.api.opendata.ColumnType.INTEGER;
import static org.zhifagongkai.api.opendata.ColumnType.TEXT;
import static org.zhifagongkai.api.opendata.ColumnType.TEXT_LIST;

import java.util.List;
import java.util.Set;
import org.zhifagongkai.api.penalty.DecisionCriteria;
import org.zhifagongkai.api.penalty.PartyKind;
import org.zhifagongkai.api.penalty.PenaltyDecisionFilter;
import org.zhifagongkai.api.penalty.PenaltyDecisionService;
import org.zhifagongkai.api.penalty.PenaltyKind;

/**
 * Published penalty decisions, one row each, as the listing shows them (withdrawn and ended ones
 * left out; natural persons masked as published), with each record's provenance.
 */
final class DecisionDataset {

  static final String NAME = "penalty-decisions";

  private static final List<Column> COLUMNS =
      List.of(
          Column.of("id", INTEGER, "p.id", "PenaltyDecision.id"),
          Column.of("document_number", TEXT, "p.document_number", "PenaltyDecision.documentNumber"),
          Column.of(
              "normalized_document_number",
              TEXT,
              "p.document_number_key",
              "PenaltyDecision.normalizedDocumentNumber"),
          Column.of("case_name", TEXT, "p.case_name", "PenaltyDecision.caseName"),
          Column.of("party_kind", TEXT, "p.party_kind", "Party.kind"),
          Column.of("party_name", TEXT, "p.party_name", "Party.name"),
          Column.of("party_credit_code", TEXT, "p.party_credit_code", "Party.creditCode"),
          Column.of(
              "party_credit_code_valid",
              BOOLEAN,
              "p.party_credit_code_valid",
              "PenaltyDecision.partyCreditCodeValid"),
          Column.of(
              "party_legal_representative",
              TEXT,
              "p.party_legal_representative",
              "Party.legalRepresentative"),
          Column.of("facts", TEXT, "p.facts", "PenaltyDecision.facts"),
          Column.of(
              "violated_provisions",
              TEXT,
              "p.violated_provisions",
              "PenaltyDecision.violatedProvisions"),
          Column.of(
              "penalty_provisions",
              TEXT,
              "p.penalty_provisions",
              "PenaltyDecision.penaltyProvisions"),
          Column.of("penalty_kinds", TEXT_LIST, "p.penalty_kinds", "PenaltyDecision.penaltyKinds"),
          Column.of("fine_amount", DECIMAL, "p.fine_amount", "PenaltyDecision.fineAmount"),
          Column.of(
              "confiscation_amount",
              DECIMAL,
              "p.confiscation_amount",
              "PenaltyDecision.confiscationAmount"),
          Column.of("licence_actions", TEXT, "p.licence_actions", "PenaltyDecision.licenceActions"),
          Column.of("decision_date", DATE, "p.decision_date", "PenaltyDecision.decisionDate"),
          Column.of(
              "decision_date_basis",
              TEXT,
              "p.decision_date_basis",
              "PenaltyDecision.decisionDateBasis"),
          Column.of("agency_id", INTEGER, "p.agency_id", "PenaltyDecision.agency"),
          Column.explained(
              "agency_name", TEXT, "a.name", "作出决定的执法主体名称 (the deciding body's name)."),
          Column.of("region_code", TEXT, "p.region_code", "PenaltyDecision.region"),
          Column.explained(
              "region_name", TEXT, "r.name", "执法主体所在行政区划名称 (the name of the body's region)."),
          Column.of("field_code", TEXT, "p.field_code", "PenaltyDecision.field"),
          Column.of(
              "enforcement_item_id",
              INTEGER,
              "p.enforcement_item_id",
              "PenaltyDecision.enforcementItem"),
          Column.of(
              "benchmark_tier_id", INTEGER, "p.benchmark_tier_id", "PenaltyDecision.benchmarkTier"),
          Column.of("severity_class", TEXT, "p.severity_class", "PenaltyDecision.severityClass"),
          Column.of("published_on", DATE, "p.published_on", "PenaltyDecision.publishedOn"),
          Column.of("publish_until", DATE, "p.publish_until", "PenaltyDecision.publishUntil"),
          Column.of("publication_due", DATE, "p.publication_due", "PenaltyDecision.publicationDue"),
          Column.of(
              "published_late",
              BOOLEAN,
              "(p.published_on > p.publication_due)",
              "PenaltyDecision.publishedLate"),
          Column.of("source_url", TEXT, "p.source_url", "Provenance.sourceUrl"),
          Column.of("source_body", TEXT, "p.source_body", "Provenance.sourceBody"),
          Column.of("imported_at", DATE_TIME, "p.imported_at", "Provenance.importedAt"),
          Column.explained(
              "last_changed_at",
              DATE_TIME,
              // The change feed's log, written by trigger on every visible change whatever wrote
              // it (an import, a correction, staff), rather than the events some paths append.
              "coalesce((select max(c.changed_at) from decision_change c"
                  + " where c.decision_id = p.id), p.imported_at)",
              "记录最后一次公开可见的变更（公布、更正）的时间，无变更时为导入时间"
                  + " (when what the public sees of the record last changed: published or corrected;"
                  + " its import when never)."));

  private static final Set<String> PARAMETERS =
      Set.of(
          "regionCode",
          "agencyId",
          "field",
          "penaltyKind",
          "partyKind",
          "partyCreditCode",
          "enforcementItemId",
          "from",
          "to",
          "fineAtLeast",
          "fineAtMost");

  private DecisionDataset() {}

  static OpenDataset of(PenaltyDecisionService decisions) {
    return new OpenDataset(
        NAME,
        "行政处罚决定",
        "Penalty decisions",
        "已公示的行政处罚决定，每条一行：文号、当事人（自然人已按规定隐去）、违法事实、依据、处罚内容、执法主体、公示期限与来源。已撤回、已届满的决定不在其中。",
        List.of("行政处罚", "双公示", "行政执法公示"),
        "penalty_decision p join agency a on a.id = p.agency_id"
            + " join region r on r.code = p.region_code",
        "p.id",
        COLUMNS,
        PARAMETERS,
        parameters -> decisions.criteria(filter(parameters)).map(DecisionCriteria::where));
  }

  private static PenaltyDecisionFilter filter(ExportParameters given) {
    return new PenaltyDecisionFilter(
        given.text("regionCode"),
        given.text("agencyId"),
        given.text("field"),
        given.choice("penaltyKind", PenaltyKind.class),
        given.choice("partyKind", PartyKind.class),
        given.text("partyCreditCode"),
        given.text("enforcementItemId"),
        given.date("from"),
        given.date("to"),
        given.amount("fineAtLeast"),
        given.amount("fineAtMost"));
  }
}
