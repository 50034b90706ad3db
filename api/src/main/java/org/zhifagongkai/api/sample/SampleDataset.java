package org.zhifagongkai.api.sample;

import static org.zhifagongkai.api.sample.Table.column;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.law.LegalProvision;
import org.zhifagongkai.api.penalty.PublicationTerms;
import org.zhifagongkai.api.sample.SampleBodies.Body;
import org.zhifagongkai.api.sample.SampleCatalogue.Ref;
import org.zhifagongkai.api.sample.SampleCatalogue.Violation;

/**
 * Generates the labelled sample dataset: a fictional province with its bodies, catalogues,
 * benchmarks, no-penalty lists, contact points and penalty decisions. The same seed always yields
 * the same rows, and ids are assigned here so that rows can reference each other before they are
 * written.
 */
final class SampleDataset {

  static final String NAME = "sample";
  static final String DESCRIPTION =
      "示例数据：系统生成的虚构省份（示例省，区划代码 99）及其执法主体、执法事项、裁量基准和处罚决定，均非真实记录。"
          + " / Generated sample data about a fictional province (示例省, region code 99): no record is"
          + " real.";
  static final String SOURCE_BODY = "示例数据（系统生成，非真实处罚）";
  static final LocalDate BENCHMARK_2023 = LocalDate.of(2023, 3, 1);
  static final LocalDate ITEM_REVISION = LocalDate.of(2024, 3, 1);

  final Table regions = table("region", "code", "name", "level", "parent_code", "revision");
  final Table fields = table("enforcement_field", "code", "name");
  final Table agencies =
      new Table(
          "agency",
          List.of(
              column("id", Long.class),
              column("name", String.class),
              column("credit_code", String.class),
              column("region_code", String.class),
              column("level", String.class),
              column("kind", String.class),
              column("parent_id", Long.class),
              column("complaint_phone", String.class),
              column("complaint_address", String.class),
              column("complaint_email", String.class)));
  final Table laws =
      new Table(
          "law",
          List.of(
              column("id", Long.class),
              column("title", String.class),
              column("kind", String.class),
              column("issuer", String.class),
              column("version_date", LocalDate.class),
              column("effective_from", LocalDate.class)));
  final Table provisions =
      new Table(
          "legal_provision",
          List.of(
              column("id", Long.class),
              column("law_id", Long.class),
              column("article", Integer.class),
              column("paragraph", Integer.class),
              column("item", Integer.class),
              column("text", String.class)));
  final Table items =
      new Table(
          "enforcement_item",
          List.of(
              column("id", Long.class),
              column("code", String.class),
              column("version", Integer.class),
              column("name", String.class),
              column("kind", String.class),
              column("field_code", String.class),
              column("agency_id", Long.class),
              column("catalogue", String.class),
              column("valid_from", LocalDate.class),
              column("superseded_on", LocalDate.class)));
  final Table itemProvisions =
      new Table(
          "enforcement_item_provision",
          List.of(column("item_id", Long.class), column("provision_id", Long.class)));
  final Table delegations =
      new Table(
          "enforcement_item_delegation",
          List.of(
              column("item_id", Long.class),
              column("town_code", String.class),
              column("since", LocalDate.class),
              column("approval", String.class)));
  final Table responsibilities =
      new Table(
          "responsibility",
          List.of(
              column("agency_id", Long.class),
              column("item_id", Long.class),
              column("description", String.class)));

  final SampleBodies bodies;
  final SampleBenchmarks benchmarks;
  final SampleDecisions decisions;
  final SampleContactPoints contactPoints;
  final SampleAccounts accounts;

  private final Map<Ref, Long> provisionIds = new HashMap<>();
  private final Map<String, List<ItemVersion>> itemVersions = new HashMap<>();

  /** A version of a sample item, for picking the one in force on a decision's date. */
  record ItemVersion(long id, LocalDate validFrom, @Nullable LocalDate supersededOn) {}

  /**
   * The sample for {@code loadDay}: its decisions end five days before it, so that the sample
   * always shows decisions within their term of publication.
   */
  SampleDataset(long seed, int decisionCount, LocalDate loadDay, PublicationTerms terms) {
    SampleRandom random = new SampleRandom(seed);
    bodies = new SampleBodies(random);
    addRegionsAndFields();
    addAgencies(random);
    addLaws();
    addItems();
    benchmarks = new SampleBenchmarks(this::provisionId);
    decisions = new SampleDecisions(random, this, decisionCount, loadDay, terms);
    contactPoints = new SampleContactPoints(bodies);
    accounts = new SampleAccounts(bodies, contactPoints.contactPoints);
  }

  /** Every table, in an order that satisfies the foreign keys. */
  List<Table> tables() {
    List<Table> all =
        new ArrayList<>(
            List.of(
                regions,
                fields,
                agencies,
                laws,
                provisions,
                items,
                itemProvisions,
                delegations,
                responsibilities));
    all.addAll(benchmarks.tables());
    all.addAll(decisions.tables());
    all.addAll(contactPoints.tables());
    all.add(accounts.accounts);
    return all;
  }

  int recordCount() {
    return tables().stream().mapToInt(Table::size).sum();
  }

  private static Table table(String name, String... columns) {
    return new Table(
        name, java.util.Arrays.stream(columns).map(c -> column(c, String.class)).toList());
  }

  private void addRegionsAndFields() {
    for (SampleBodies.Region region : bodies.regions) {
      regions.row(region.code(), region.name(), region.level(), region.parentCode(), "示例");
    }
    for (SampleCatalogue.Field field : SampleCatalogue.FIELDS) {
      fields.row(field.code(), field.name());
    }
  }

  private void addAgencies(SampleRandom random) {
    for (Body body : bodies.bodies) {
      agencies.row(
          body.id(),
          body.name(),
          body.creditCode(),
          body.regionCode(),
          body.level(),
          body.kind(),
          body.parentId(),
          "0000-" + random.between(1_000_000, 9_999_999),
          address(body.regionCode()) + "政务服务中心" + random.between(1, 30) + "号窗口",
          "tousu" + body.id() + "@sample.example");
    }
  }

  /** The region path of a code, such as 示例省东湖市湖滨区. */
  String address(String regionCode) {
    SampleBodies.Region region = bodies.region(regionCode);
    return region.parentCode() == null
        ? region.name()
        : address(region.parentCode()) + region.name();
  }

  private void addLaws() {
    long lawId = 0;
    long provisionId = 0;
    for (SampleCatalogue.Law law : SampleCatalogue.LAWS) {
      lawId++;
      laws.row(
          lawId, law.title(), law.kind(), law.issuer(), law.versionDate(), law.effectiveFrom());
      for (SampleCatalogue.Provision p : law.provisions()) {
        provisionId++;
        provisions.row(provisionId, lawId, p.article(), p.paragraph(), p.item(), p.text());
        provisionIds.put(new Ref(law.key(), p.article(), p.paragraph(), p.item()), provisionId);
      }
    }
  }

  long provisionId(Ref ref) {
    Long id = provisionIds.get(ref);
    if (id == null) {
      throw new IllegalStateException("The sample cites a provision it does not define: " + ref);
    }
    return id;
  }

  /** The citation of a sample provision: 《中华人民共和国大气污染防治法》第九十九条第（二）项. */
  static String citation(Ref ref) {
    SampleCatalogue.Law law =
        SampleCatalogue.LAWS.stream()
            .filter(l -> l.key().equals(ref.law()))
            .findFirst()
            .orElseThrow();
    return LegalProvision.citation(law.title(), ref.article(), ref.paragraph(), ref.item());
  }

  private void addItems() {
    long id = 0;
    for (String cityCode : List.of("990100", "990200", "990300")) {
      for (Violation violation : SampleCatalogue.VIOLATIONS) {
        Body owner = bodies.cityBody(cityCode, violation.field());
        String code = cityCode.substring(0, 4) + "-" + violation.code();
        String catalogue = owner.kind().equals("COMPREHENSIVE") ? "COMPREHENSIVE" : "SPECIALISED";
        String name = "对" + violation.name() + "的行政处罚";
        // Urban-management items of 东湖市 were revised in 2024: the old version stays as history.
        boolean revised = cityCode.equals("990100") && violation.field().equals("URBAN_MANAGEMENT");
        List<ItemVersion> versions = new ArrayList<>();
        LocalDate from = LocalDate.of(2021, 1, 1);
        if (revised) {
          versions.add(
              addItem(
                  ++id,
                  code,
                  1,
                  name,
                  "PENALTY",
                  violation,
                  owner,
                  catalogue,
                  from,
                  ITEM_REVISION));
          from = ITEM_REVISION;
          name = name.replace("的行政处罚", "的行政处罚（2024年修订）");
        }
        versions.add(
            addItem(
                ++id,
                code,
                versions.size() + 1,
                name,
                "PENALTY",
                violation,
                owner,
                catalogue,
                from,
                null));
        itemVersions.put(cityCode + "/" + violation.code(), versions);
        long current = versions.getLast().id();
        addResponsibilities(current, owner, violation);
        if (catalogue.equals("COMPREHENSIVE")) {
          for (SampleBodies.Region town :
              bodies.regions.stream()
                  .filter(
                      r ->
                          r.level().equals("TOWN") && r.code().startsWith(cityCode.substring(0, 4)))
                  .toList()) {
            delegations.row(
                current,
                town.code(),
                SampleCatalogue.DELEGATION_SINCE,
                SampleCatalogue.DELEGATION_APPROVAL);
          }
        }
      }
      for (SampleCatalogue.Field field : SampleCatalogue.FIELDS.subList(0, 6)) {
        Body owner = bodies.cityBody(cityCode, field.code());
        Violation first =
            SampleCatalogue.VIOLATIONS.stream()
                .filter(v -> v.field().equals(field.code()))
                .findFirst()
                .orElseThrow();
        long itemId = ++id;
        addItem(
            itemId,
            cityCode.substring(0, 4) + "-" + field.code().substring(0, 3) + "-JC",
            1,
            "对" + field.name() + "领域生产经营单位的行政检查",
            "INSPECTION",
            first,
            owner,
            owner.kind().equals("COMPREHENSIVE") ? "COMPREHENSIVE" : "SPECIALISED",
            LocalDate.of(2021, 1, 1),
            null);
        responsibilities.row(
            owner.id(), itemId, "负责对本市" + field.name() + "领域生产经营单位实施“双随机、一公开”监督检查。");
      }
    }
  }

  private ItemVersion addItem(
      long id,
      String code,
      int version,
      String name,
      String kind,
      Violation violation,
      Body owner,
      String catalogue,
      LocalDate validFrom,
      @Nullable LocalDate supersededOn) {
    items.row(
        id,
        code,
        version,
        name,
        kind,
        violation.field(),
        owner.id(),
        catalogue,
        validFrom,
        supersededOn);
    itemProvisions.row(id, provisionId(violation.violated()));
    if (kind.equals("PENALTY")) {
      itemProvisions.row(id, provisionId(violation.penalty()));
    }
    return new ItemVersion(id, validFrom, supersededOn);
  }

  private void addResponsibilities(long itemId, Body owner, Violation violation) {
    responsibilities.row(owner.id(), itemId, "负责本市范围内" + violation.name() + "行为的立案、调查取证和处罚决定。");
    for (Body county : bodies.bodies) {
      if (county.level().equals("COUNTY")
          && county.cityCode().equals(owner.cityCode())
          && violation.field().equals(county.field())) {
        responsibilities.row(county.id(), itemId, "负责本辖区内" + violation.name() + "行为的日常巡查、立案和处罚。");
      }
    }
  }

  /** The version of the city's item for a violation that was in force on {@code day}. */
  long itemId(String cityCode, String violationCode, LocalDate day) {
    for (ItemVersion version : itemVersions.get(cityCode + "/" + violationCode)) {
      if (!day.isBefore(version.validFrom())
          && (version.supersededOn() == null || day.isBefore(version.supersededOn()))) {
        return version.id();
      }
    }
    return itemVersions.get(cityCode + "/" + violationCode).getFirst().id();
  }

  /** Rounds an amount to a figure a benchmark would print: to 1,000, 100 or 10 yuan by its size. */
  static long round(double amount) {
    long step = amount >= 10_000 ? 1_000 : amount >= 1_000 ? 100 : 10;
    return BigDecimal.valueOf(amount / step).setScale(0, RoundingMode.HALF_UP).longValue() * step;
  }
}
