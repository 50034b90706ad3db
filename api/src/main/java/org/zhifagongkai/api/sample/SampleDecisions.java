package org.zhifagongkai.api.sample;

import static org.zhifagongkai.api.sample.Table.column;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.DecisionDateBasis;
import org.zhifagongkai.api.penalty.DocumentNumber;
import org.zhifagongkai.api.penalty.PartyKind;
import org.zhifagongkai.api.penalty.PenaltyKind;
import org.zhifagongkai.api.penalty.PublicationScope;
import org.zhifagongkai.api.penalty.PublicationTerms;
import org.zhifagongkai.api.sample.SampleBodies.Body;
import org.zhifagongkai.api.sample.SampleCatalogue.Violation;

/**
 * The sample's penalty decisions: parties drawn from a pool so that some offend repeatedly, fines
 * inside the tier applied, document numbers in the variants bodies really use, dates skewed towards
 * recent years.
 */
final class SampleDecisions {

  /** Decisions span the 2,875 days up to five days before the sample is loaded. */
  private static final int SPAN_DAYS = 2_875;

  private static final int DAYS_BEFORE_LOAD = 5;

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";
  private static final String GIVEN = "建国伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰文斌";
  private static final String TRADE_NAMES = "恒达信鑫泰华盛隆昌源丰瑞祥和安康宏远金鼎润德新锦汇通凯诚晟美佳益嘉福永宁";
  private static final List<String> SHOPS =
      List.of("便利店", "小吃店", "烟酒店", "五金店", "饭店", "装饰部", "水果店", "副食店");
  private static final List<String> COMPANY_FORMS = List.of("有限公司", "有限责任公司", "股份有限公司");
  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  /** A party the sample can penalise, possibly more than once. */
  private record Party(
      String kind, String name, @Nullable String creditCode, @Nullable String representative) {}

  final Table decisions =
      new Table(
          "penalty_decision",
          List.of(
              column("id", Long.class),
              column("document_number", String.class),
              column("document_number_key", String.class),
              column("document_prefix", String.class),
              column("document_year", Integer.class),
              column("document_seq_first", Integer.class),
              column("document_seq_last", Integer.class),
              column("party_kind", String.class),
              column("party_name", String.class),
              column("party_credit_code", String.class),
              column("party_legal_representative", String.class),
              column("facts", String.class),
              column("violated_provisions", String.class),
              column("penalty_provisions", String.class),
              column("penalty_kinds", String[].class),
              column("fine_amount", BigDecimal.class),
              column("confiscation_amount", BigDecimal.class),
              column("licence_actions", String.class),
              column("decision_date", LocalDate.class),
              column("agency_id", Long.class),
              column("region_code", String.class),
              column("field_code", String.class),
              column("enforcement_item_id", Long.class),
              column("benchmark_tier_id", Long.class),
              column("published_on", LocalDate.class),
              column("publish_until", LocalDate.class),
              column("source_body", String.class),
              column("severity_class", String.class),
              column("publication_rule", String.class),
              column("min_publish_until", LocalDate.class),
              column("publication_due", LocalDate.class)));
  final Table citations =
      new Table(
          "penalty_decision_provision",
          List.of(
              column("decision_id", Long.class),
              column("provision_id", Long.class),
              column("role", String.class)));

  private final SampleRandom random;
  private final PublicationTerms terms;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final SampleDataset dataset;
  private final Map<String, List<Party>> partyPools = new HashMap<>();
  private final Map<String, Integer> sequences = new HashMap<>();
  private final Set<String> usedCreditCodes = new LinkedHashSet<>();

  SampleDecisions(
      SampleRandom random,
      SampleDataset dataset,
      int count,
      LocalDate loadDay,
      PublicationTerms terms) {
    this.random = random;
    this.terms = terms;
    this.dataset = dataset;
    this.lastDay = loadDay.minusDays(DAYS_BEFORE_LOAD);
    this.firstDay = lastDay.minusDays(SPAN_DAYS);
    List<Body> weighted = new ArrayList<>();
    for (Body body : dataset.bodies.enforcers()) {
      int weight =
          switch (body.level()) {
            case "CITY" -> 3;
            case "COUNTY" -> 2;
            default -> 1;
          };
      for (int i = 0; i < weight; i++) {
        weighted.add(body);
      }
    }
    for (long id = 1; id <= count; id++) {
      addDecision(id, random.pick(weighted));
    }
  }

  List<Table> tables() {
    return List.of(decisions, citations);
  }

  private void addDecision(long id, Body body) {
    List<Violation> candidates =
        SampleCatalogue.VIOLATIONS.stream().filter(v -> v.field().equals(body.field())).toList();
    Violation violation = random.pick(candidates);
    // The later of two draws skews dates towards recent years, as publication volumes grew.
    LocalDate first = random.dayBetween(firstDay, lastDay);
    LocalDate second = random.dayBetween(firstDay, lastDay);
    LocalDate decided = first.isAfter(second) ? first : second;
    String tier = random.chance(0.35) ? "LENIENT" : random.chance(0.7) ? "ORDINARY" : "SEVERE";
    SampleBenchmarks.Range range = dataset.benchmarks.range(violation.code(), decided, tier);

    List<String> kinds = new ArrayList<>();
    BigDecimal fine = null;
    BigDecimal confiscated = null;
    String licenceAction = null;
    boolean warningOnly =
        violation.fineMin() == 0 && !violation.byMultiple() && random.chance(0.25);
    if (warningOnly && violation.field().equals(PublicationScope.MARKET_REGULATION)) {
      // SAMR 令45号 Art. 2 publishes no market-regulation warning alone: this one comes with the
      // tier's lowest fine, drawn from nothing, so every other decision stays as the seed made it.
      fine = lowestFine(violation, range);
      kinds.add(PenaltyKind.FINE.name());
      kinds.add(PenaltyKind.WARNING.name());
    } else if (warningOnly) {
      kinds.add(PenaltyKind.WARNING.name());
    } else if (violation.byMultiple()) {
      long base = random.between(200, 8_000) * 10L;
      BigDecimal multiple = multipleFor(violation, range);
      fine = BigDecimal.valueOf(base).multiply(multiple).setScale(2, RoundingMode.HALF_UP);
      kinds.add(PenaltyKind.FINE.name());
      if (violation.multipleBase().equals("违法所得")) {
        confiscated = BigDecimal.valueOf(base).setScale(2, RoundingMode.UNNECESSARY);
        kinds.add(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS.name());
      }
    } else {
      fine = fineFor(violation, range);
      kinds.add(PenaltyKind.FINE.name());
      for (PenaltyKind also : violation.alsoImposed()) {
        if (random.chance(tier.equals("SEVERE") ? 0.5 : 0.15)) {
          kinds.add(also.name());
          if (also == PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS
              || also == PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY) {
            confiscated = BigDecimal.valueOf(random.between(50, 2_000) * 10L).setScale(2);
          }
        }
      }
    }
    if (violation.field().equals("CULTURE_TOURISM")
        && tier.equals("SEVERE")
        && random.chance(0.4)) {
      kinds.add(PenaltyKind.LICENCE_SUSPENSION.name());
      licenceAction = "暂扣旅行社业务经营许可证三个月（证号：示例-L-" + random.between(10_000, 99_999) + "）";
    }

    Party party = party(body, violation);
    DocumentNumber number = documentNumber(body, decided);
    LocalDate published = decided.plusDays(random.between(1, 10));
    // The sample follows the publication rules as the portal is configured.
    PublicationTerms.Fixed fixed =
        terms.fix(
            PartyKind.valueOf(party.kind()),
            kinds.stream().map(PenaltyKind::valueOf).toList(),
            fine,
            violation.field(),
            decided,
            DecisionDateBasis.STATED,
            published);
    decisions.row(
        id,
        number.raw(),
        number.key(),
        number.prefix(),
        number.year(),
        number.firstSeq(),
        number.lastSeq(),
        party.kind(),
        party.name(),
        party.creditCode(),
        party.representative(),
        facts(body, violation, decided),
        SampleDataset.citation(violation.violated()),
        SampleDataset.citation(violation.penalty()),
        kinds.toArray(String[]::new),
        fine,
        confiscated,
        licenceAction,
        decided,
        body.id(),
        body.regionCode(),
        violation.field(),
        dataset.itemId(body.cityCode(), violation.code(), decided),
        range == null ? null : range.id(),
        published,
        fixed.term().maxUntil(),
        SampleDataset.SOURCE_BODY,
        fixed.severity().name(),
        fixed.term().rule(),
        fixed.term().minUntil(),
        fixed.publicationDue());
    citations.row(id, dataset.provisionId(violation.violated()), "VIOLATED");
    citations.row(id, dataset.provisionId(violation.penalty()), "PENALTY");
  }

  /** The least fine the tier (or, before any benchmark, the law) allows; at least 10 yuan. */
  private static BigDecimal lowestFine(
      Violation violation, SampleBenchmarks.@Nullable Range range) {
    long min = range == null ? violation.fineMin() : range.min().longValueExact();
    return BigDecimal.valueOf(Math.max(min, 10)).setScale(2, RoundingMode.UNNECESSARY);
  }

  private BigDecimal fineFor(Violation violation, SampleBenchmarks.@Nullable Range range) {
    long min = range == null ? Math.max(violation.fineMin(), 10) : range.min().longValue();
    long max = range == null ? violation.fineMax() : range.max().longValue();
    long step = max >= 10_000 ? 100 : 10;
    long amount = Math.max(min, random.between(min / step, max / step) * step);
    return BigDecimal.valueOf(Math.max(amount, 10)).setScale(2, RoundingMode.UNNECESSARY);
  }

  private BigDecimal multipleFor(Violation violation, SampleBenchmarks.@Nullable Range range) {
    BigDecimal min = range == null ? BigDecimal.valueOf(violation.multipleMin()) : range.min();
    BigDecimal max = range == null ? BigDecimal.valueOf(violation.multipleMax()) : range.max();
    int tenths = random.between(min.movePointRight(1).intValue(), max.movePointRight(1).intValue());
    return BigDecimal.valueOf(tenths, 1);
  }

  private String facts(Body body, Violation violation, LocalDate decided) {
    LocalDate found = decided.minusDays(random.between(15, 75));
    return "经查，当事人于"
        + found.format(CHINESE_DATE)
        + "在"
        + dataset.address(body.regionCode())
        + "辖区内"
        + violation.conduct()
        + "。上述行为违反了"
        + SampleDataset.citation(violation.violated())
        + "的规定，构成"
        + violation.name()
        + "的违法行为。（示例数据）";
  }

  private DocumentNumber documentNumber(Body body, LocalDate decided) {
    int year = decided.getYear();
    int seq = sequences.merge(body.id() + "/" + year, 1, Integer::sum);
    int variant = random.between(1, 10);
    String raw =
        switch (variant) {
          case 1, 2 -> body.documentPrefix() + "〔" + year + "〕第" + seq + "号";
          case 3 -> body.documentPrefix() + "[" + year + "]" + seq + "号";
          case 4 -> body.documentPrefix() + "（" + year + "）" + String.format("%03d", seq) + "号";
          default -> body.documentPrefix() + "〔" + year + "〕" + seq + "号";
        };
    return DocumentNumber.parse(raw);
  }

  private Party party(Body body, Violation violation) {
    String kind = partyKind(violation.field());
    List<Party> pool =
        partyPools.computeIfAbsent(body.cityCode() + "/" + kind, k -> new ArrayList<>());
    // Reuse a known party one time in four, so that repeat offenders exist to be found.
    if (pool.size() > 10 && random.chance(0.25)) {
      return random.pick(pool);
    }
    Party party = newParty(kind, body, violation);
    pool.add(party);
    return party;
  }

  private String partyKind(String field) {
    double draw = random.between(0, 99) / 100.0;
    return switch (field) {
      case "URBAN_MANAGEMENT" ->
          draw < 0.45 ? "NATURAL_PERSON" : draw < 0.75 ? "INDIVIDUAL_BUSINESS" : "LEGAL_PERSON";
      case "MARKET_REGULATION" ->
          draw < 0.40 ? "INDIVIDUAL_BUSINESS" : draw < 0.95 ? "LEGAL_PERSON" : "OTHER_ORGANISATION";
      default ->
          draw < 0.85 ? "LEGAL_PERSON" : draw < 0.95 ? "INDIVIDUAL_BUSINESS" : "OTHER_ORGANISATION";
    };
  }

  private Party newParty(String kind, Body body, Violation violation) {
    String place = dataset.bodies.region(body.cityCode()).name().substring(0, 2);
    String trade = "" + random.pick(TRADE_NAMES) + random.pick(TRADE_NAMES);
    String industry =
        SampleCatalogue.FIELDS.stream()
            .filter(f -> f.code().equals(violation.field()))
            .findFirst()
            .orElseThrow()
            .industry();
    String registered = body.regionCode().substring(0, 6);
    return switch (kind) {
      case "NATURAL_PERSON" -> new Party(kind, random.pick(SURNAMES) + "*某", null, null);
      case "INDIVIDUAL_BUSINESS" ->
          new Party(
              kind,
              place + "市" + trade + random.pick(SHOPS),
              creditCode("92", registered),
              random.pick(SURNAMES) + "*某");
      case "OTHER_ORGANISATION" ->
          new Party(kind, place + trade + "农民专业合作社", creditCode("93", registered), fullName());
      default ->
          new Party(
              kind,
              place + trade + industry + random.pick(COMPANY_FORMS),
              creditCode("91", registered),
              fullName());
    };
  }

  private String creditCode(String prefix, String region) {
    String code;
    do {
      code = random.creditCode(prefix, region);
    } while (!usedCreditCodes.add(code));
    return code;
  }

  private String fullName() {
    String given = "" + random.pick(GIVEN) + (random.chance(0.6) ? random.pick(GIVEN) : "");
    return random.pick(SURNAMES) + given;
  }
}
