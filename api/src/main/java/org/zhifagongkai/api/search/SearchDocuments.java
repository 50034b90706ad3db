package org.zhifagongkai.api.search;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.region.RegionCodes;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Rows;
import org.zhifagongkai.search.SearchDocument;
import org.zhifagongkai.search.SearchFields;
import reactor.core.publisher.Flux;

/**
 * Reads searchable records from the database as index documents: what each kind shows in its title
 * and body, which exact keys and citations it answers to, and its facet values. Only what is public
 * is read: decisions no longer published (withdrawn, ended, expired) and superseded item versions
 * are not documents.
 */
@Component
class SearchDocuments {

  /** Ranges longer than this are indexed by their first and last numbers only. */
  private static final int MAX_RANGE_KEYS = 500;

  private static final String CITED =
      "(select string_agg(l.title || '#' || lp.article, '|') from %s x"
          + " join legal_provision lp on lp.id = x.provision_id join law l on l.id = lp.law_id"
          + " where x.%s = %s) as cited";

  private static final Map<SearchRecordKind, String> QUERIES =
      Map.of(
          SearchRecordKind.PENALTY_DECISION,
          "select p.*, a.name as agency_name, "
              + CITED.formatted("penalty_decision_provision", "decision_id", "p.id")
              + " from penalty_decision p join agency a on a.id = p.agency_id"
              + " where p.status = 'PUBLISHED'",
          SearchRecordKind.ENFORCEMENT_ITEM,
          "select i.*, a.name as agency_name, a.region_code, f.name as field_name, "
              + CITED.formatted("enforcement_item_provision", "item_id", "i.id")
              + " from enforcement_item i join agency a on a.id = i.agency_id"
              + " join enforcement_field f on f.code = i.field_code where i.superseded_on is null",
          SearchRecordKind.BENCHMARK_VIOLATION,
          "select v.*, b.title as benchmark_title, b.issuer, b.issuer_agency_id, b.field_code,"
              + " b.effective_from, (select string_agg(t.wording || '（' || t.conditions || '）', '；'"
              + " order by t.seq) from benchmark_tier t where t.violation_id = v.id) as tiers"
              + " from benchmark_violation v join discretion_benchmark b on b.id = v.benchmark_id"
              + " where true",
          SearchRecordKind.NO_PENALTY_ITEM,
          "select n.* from no_penalty_item n where true",
          SearchRecordKind.LEGAL_PROVISION,
          "select p.*, l.title as law_title, l.version_date from legal_provision p"
              + " join law l on l.id = p.law_id where true");

  private static final Map<SearchRecordKind, String> ID_COLUMNS =
      Map.of(
          SearchRecordKind.PENALTY_DECISION, "p.id",
          SearchRecordKind.ENFORCEMENT_ITEM, "i.id",
          SearchRecordKind.BENCHMARK_VIOLATION, "v.id",
          SearchRecordKind.NO_PENALTY_ITEM, "n.id",
          SearchRecordKind.LEGAL_PROVISION, "p.id");

  private final DatabaseClient database;

  SearchDocuments(DatabaseClient database) {
    this.database = database;
  }

  /** The public documents among the given records; records not public (or gone) are absent. */
  Flux<SearchDocument> of(SearchRecordKind kind, Collection<Long> ids) {
    return database
        .sql(QUERIES.get(kind) + " and " + ID_COLUMNS.get(kind) + " = any(:ids)")
        .bind("ids", Ids.array(ids))
        .map(row -> document(kind, row))
        .all();
  }

  /** Every public document, kind by kind. */
  Flux<SearchDocument> all() {
    return Flux.fromArray(SearchRecordKind.values())
        .concatMap(
            kind ->
                database
                    .sql(QUERIES.get(kind) + " order by " + ID_COLUMNS.get(kind))
                    .map(row -> document(kind, row))
                    .all());
  }

  private static SearchDocument document(SearchRecordKind kind, Readable row) {
    return switch (kind) {
      case PENALTY_DECISION -> decision(row);
      case ENFORCEMENT_ITEM -> item(row);
      case BENCHMARK_VIOLATION -> benchmarkViolation(row);
      case NO_PENALTY_ITEM -> noPenaltyItem(row);
      case LEGAL_PROVISION -> provision(row);
    };
  }

  private static SearchDocument decision(Readable row) {
    long id = Rows.id(row, "id");
    String number = Rows.text(row, "document_number");
    String violated = Rows.text(row, "violated_provisions");
    String penalty = Rows.text(row, "penalty_provisions");
    String body =
        String.join(
            "。",
            Rows.text(row, "agency_name"),
            Rows.text(row, "facts"),
            "违法依据：" + violated,
            "处罚依据：" + penalty,
            orEmpty(Rows.optionalText(row, "licence_actions")));
    Set<String> keys = documentNumberKeys(row);
    String creditCode = Rows.optionalText(row, "party_credit_code");
    if (creditCode != null) {
      keys.add(creditCode);
    }
    if (Rows.text(row, "party_kind").equals("NATURAL_PERSON")) {
      keys.addAll(MaskedNames.ofPublished(Rows.text(row, "party_name")));
    } else {
      String party = PartyNames.key(Rows.text(row, "party_name"));
      if (party != null) {
        keys.add(party);
      }
    }
    Set<String> citations = cited(row);
    citations.addAll(Citations.in(violated + " " + penalty));
    BigDecimal fine = Rows.optionalDecimal(row, "fine_amount");
    var date = Rows.date(row, "decision_date");
    return new SearchDocument(
        SearchRecordKind.PENALTY_DECISION.documentId(id),
        SearchRecordKind.PENALTY_DECISION.sortKey(id),
        // Separated by a mark, not a space: a number followed by a date (无文号-1984045 2016年…) must
        // not read as one spaced number.
        // An organisation's representative is published with it, and whom journalists look up.
        Stream.of(
                Rows.text(row, "party_name"),
                orEmpty(Rows.optionalText(row, "party_legal_representative")),
                number,
                orEmpty(Rows.optionalText(row, "case_name")))
            .filter(part -> !part.isBlank())
            .collect(Collectors.joining(" · ")),
        body,
        date,
        keys,
        citations,
        new Facets(SearchRecordKind.PENALTY_DECISION)
            .agency(Rows.id(row, "agency_id"))
            .region(Rows.text(row, "region_code"))
            .field(Rows.optionalText(row, "field_code"))
            .penaltyKinds(Rows.stringArray(row, "penalty_kinds"))
            .year(date.getYear())
            .amountBand(AmountBand.of(fine))
            .values());
  }

  /**
   * The normalised number, and each number of a published range, so that any of them finds it; each
   * also without its year, as a reader may remember it (林工商处字1号).
   */
  private static Set<String> documentNumberKeys(Readable row) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(Rows.text(row, "document_number_key"));
    // The parts were parsed when the decision was written; read them rather than parse again.
    String prefix = Rows.optionalText(row, "document_prefix");
    Integer first = Rows.optionalInteger(row, "document_seq_first");
    Integer last = Rows.optionalInteger(row, "document_seq_last");
    if (prefix != null && first != null && last != null) {
      int year = Rows.integer(row, "document_year");
      for (int seq = first; seq <= Math.min(last, first + MAX_RANGE_KEYS); seq++) {
        if (!first.equals(last)) {
          keys.add(prefix + "〔" + year + "〕" + seq + "号");
        }
        keys.add(QueryInterpreter.yearless(prefix, seq));
      }
    }
    return keys;
  }

  private static SearchDocument item(Readable row) {
    long id = Rows.id(row, "id");
    String code = Rows.text(row, "code");
    return new SearchDocument(
        SearchRecordKind.ENFORCEMENT_ITEM.documentId(id),
        SearchRecordKind.ENFORCEMENT_ITEM.sortKey(id),
        Rows.text(row, "name"),
        String.join("。", Rows.text(row, "agency_name"), Rows.text(row, "field_name"), code),
        Rows.date(row, "valid_from"),
        new LinkedHashSet<>(Set.of(code)),
        cited(row),
        new Facets(SearchRecordKind.ENFORCEMENT_ITEM)
            .agency(Rows.id(row, "agency_id"))
            .region(Rows.text(row, "region_code"))
            .field(Rows.text(row, "field_code"))
            .values());
  }

  private static SearchDocument benchmarkViolation(Readable row) {
    long id = Rows.id(row, "id");
    String violated = Rows.text(row, "violated_provision_text");
    String penalty = Rows.text(row, "penalty_provision_text");
    return new SearchDocument(
        SearchRecordKind.BENCHMARK_VIOLATION.documentId(id),
        SearchRecordKind.BENCHMARK_VIOLATION.sortKey(id),
        Rows.text(row, "violation"),
        String.join(
            "。",
            Rows.text(row, "benchmark_title"),
            Rows.text(row, "issuer"),
            violated,
            penalty,
            orEmpty(Rows.optionalText(row, "tiers"))),
        Rows.date(row, "effective_from"),
        new LinkedHashSet<>(),
        Citations.in(violated + " " + penalty),
        new Facets(SearchRecordKind.BENCHMARK_VIOLATION)
            .agency(Rows.optionalId(row, "issuer_agency_id"))
            .field(Rows.optionalText(row, "field_code"))
            .values());
  }

  private static SearchDocument noPenaltyItem(Readable row) {
    long id = Rows.id(row, "id");
    String ground = Rows.text(row, "legal_ground");
    return new SearchDocument(
        SearchRecordKind.NO_PENALTY_ITEM.documentId(id),
        SearchRecordKind.NO_PENALTY_ITEM.sortKey(id),
        Rows.text(row, "violation"),
        String.join("。", Rows.text(row, "issuer"), Rows.text(row, "conditions"), ground),
        Rows.date(row, "effective_from"),
        new LinkedHashSet<>(),
        Citations.in(ground),
        new Facets(SearchRecordKind.NO_PENALTY_ITEM)
            .agency(Rows.optionalId(row, "issuer_agency_id"))
            .field(Rows.optionalText(row, "field_code"))
            .values());
  }

  private static SearchDocument provision(Readable row) {
    long id = Rows.id(row, "id");
    String title = Rows.text(row, "law_title");
    int article = Rows.integer(row, "article");
    String citation =
        org.zhifagongkai.api.law.LegalProvision.citation(
            title,
            article,
            Rows.optionalInteger(row, "paragraph"),
            Rows.optionalInteger(row, "item"));
    return new SearchDocument(
        SearchRecordKind.LEGAL_PROVISION.documentId(id),
        SearchRecordKind.LEGAL_PROVISION.sortKey(id),
        citation,
        Rows.text(row, "text"),
        Rows.date(row, "version_date"),
        new LinkedHashSet<>(),
        new LinkedHashSet<>(Set.of(Citations.key(title, article))),
        new Facets(SearchRecordKind.LEGAL_PROVISION).values());
  }

  private static Set<String> cited(Readable row) {
    Set<String> keys = new LinkedHashSet<>();
    String cited = Rows.optionalText(row, "cited");
    if (cited != null) {
      for (String link : cited.split("\\|")) {
        int hash = link.lastIndexOf('#');
        keys.add(
            Citations.key(link.substring(0, hash), Integer.parseInt(link.substring(hash + 1))));
      }
    }
    return keys;
  }

  /** A document's facet values, named one by one; dimensions left unset have no value. */
  private static final class Facets {

    private final Map<String, List<String>> values = new HashMap<>();

    Facets(SearchRecordKind kind) {
      values.put(SearchFields.KIND, List.of(kind.name()));
    }

    Facets agency(@Nullable Long id) {
      return put(SearchFields.AGENCY, id == null ? null : id.toString());
    }

    Facets region(String code) {
      values.put(SearchFields.REGION, RegionCodes.ancestry(code));
      return this;
    }

    Facets field(@Nullable String code) {
      return put(SearchFields.FIELD, code);
    }

    Facets penaltyKinds(String[] kinds) {
      values.put(SearchFields.PENALTY_KIND, List.of(kinds));
      return this;
    }

    Facets year(int year) {
      return put(SearchFields.YEAR, Integer.toString(year));
    }

    Facets amountBand(AmountBand band) {
      return put(SearchFields.AMOUNT_BAND, band.name());
    }

    Map<String, List<String>> values() {
      return values;
    }

    private Facets put(String dimension, @Nullable String value) {
      if (value != null) {
        values.put(dimension, List.of(value));
      }
      return this;
    }
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
