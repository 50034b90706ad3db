package org.zhifagongkai.api.sample;

import static org.zhifagongkai.api.sample.Table.column;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.sample.SampleCatalogue.Ref;
import org.zhifagongkai.api.sample.SampleCatalogue.Violation;

/**
 * The sample's discretion benchmarks (one per field, and an older 2020 version for 生态环境) and
 * no-penalty lists. Tiers split the statutory range as SAMR's guidance does: 从轻 the lowest 30 %, 从重
 * the highest 30 %, 一般 between.
 */
final class SampleBenchmarks {

  /** A tier's fine range: amounts in yuan, or multiples when {@code byMultiple}. */
  record Range(long id, String tier, BigDecimal min, BigDecimal max, boolean byMultiple) {}

  private static final String[][] ISSUERS = {
    {"ECO_ENVIRONMENT", "示例省生态环境厅", "示例省生态环境行政处罚自由裁量基准"},
    {"MARKET_REGULATION", "示例省市场监督管理局", "示例省市场监督管理行政处罚裁量权基准"},
    {"URBAN_MANAGEMENT", "示例省住房和城乡建设厅", "示例省城市管理综合行政执法裁量基准"},
    {"WORK_SAFETY", "示例省应急管理厅", "示例省安全生产行政处罚自由裁量基准"},
    {"TRANSPORT", "示例省交通运输厅", "示例省交通运输行政处罚裁量基准"},
    {"CULTURE_TOURISM", "示例省文化和旅游厅", "示例省文化市场和旅游行政处罚裁量基准"},
  };

  final Table benchmarks =
      new Table(
          "discretion_benchmark",
          List.of(
              column("id", Long.class),
              column("title", String.class),
              column("issuer", String.class),
              column("version", String.class),
              column("effective_from", LocalDate.class),
              column("effective_to", LocalDate.class),
              column("parent_id", Long.class),
              column("field_code", String.class)));
  final Table violations =
      new Table(
          "benchmark_violation",
          List.of(
              column("id", Long.class),
              column("benchmark_id", Long.class),
              column("seq", Integer.class),
              column("violation", String.class),
              column("violated_provision_text", String.class),
              column("penalty_provision_text", String.class),
              column("violated_provision_id", Long.class),
              column("penalty_provision_id", Long.class)));
  final Table tiers =
      new Table(
          "benchmark_tier",
          List.of(
              column("id", Long.class),
              column("violation_id", Long.class),
              column("seq", Integer.class),
              column("tier", String.class),
              column("circumstance", String.class),
              column("conditions", String.class),
              column("penalty_kinds", String[].class),
              column("fine_min", BigDecimal.class),
              column("fine_max", BigDecimal.class),
              column("multiple_min", BigDecimal.class),
              column("multiple_max", BigDecimal.class),
              column("multiple_base", String.class),
              column("wording", String.class)));
  final Table noPenaltyItems =
      new Table(
          "no_penalty_item",
          List.of(
              column("list_kind", String.class),
              column("issuer", String.class),
              column("field_code", String.class),
              column("seq", Integer.class),
              column("violation", String.class),
              column("conditions", String.class),
              column("legal_ground", String.class),
              column("effective_from", LocalDate.class)));

  private final ToLongFunction<Ref> provisionId;

  /** Tier ranges by benchmark version start, violation code and tier kind. */
  private final Map<String, Range> ranges = new HashMap<>();

  private final List<LocalDate> versionStarts = new ArrayList<>();
  private long violationId;
  private long tierId;

  SampleBenchmarks(ToLongFunction<Ref> provisionId) {
    this.provisionId = provisionId;
    long id = 0;
    for (String[] issuer : ISSUERS) {
      String field = issuer[0];
      if (field.equals("ECO_ENVIRONMENT")) {
        addBenchmark(
            ++id,
            issuer,
            "2020年版",
            LocalDate.of(2020, 6, 1),
            SampleDataset.BENCHMARK_2023.minusDays(1),
            null);
      }
      addBenchmark(++id, issuer, "2023年版", SampleDataset.BENCHMARK_2023, null, null);
    }
    addNoPenaltyLists();
  }

  List<Table> tables() {
    return List.of(benchmarks, violations, tiers, noPenaltyItems);
  }

  private void addBenchmark(
      long id,
      String[] issuer,
      String version,
      LocalDate from,
      @Nullable LocalDate to,
      @Nullable Long parentId) {
    benchmarks.row(
        id, issuer[2] + "（" + version + "）", issuer[1], version, from, to, parentId, issuer[0]);
    if (!versionStarts.contains(from)) {
      versionStarts.add(from);
    }
    int seq = 0;
    for (Violation violation : SampleCatalogue.VIOLATIONS) {
      if (violation.field().equals(issuer[0])) {
        long vid = ++violationId;
        violations.row(
            vid,
            id,
            ++seq,
            violation.name(),
            SampleDataset.citation(violation.violated()),
            SampleDataset.citation(violation.penalty()),
            provisionId.applyAsLong(violation.violated()),
            provisionId.applyAsLong(violation.penalty()));
        addTiers(vid, from, violation);
      }
    }
  }

  private void addTiers(long vid, LocalDate version, Violation violation) {
    tiers.row(
        ++tierId,
        vid,
        1,
        "NO_PENALTY",
        "MINOR",
        "初次违法且危害后果轻微并及时改正的",
        new String[0],
        null,
        null,
        null,
        null,
        null,
        "不予行政处罚");
    String[][] bands = {
      {"LENIENT", "LESSER", "主动消除或者减轻违法行为危害后果，或者违法情节较轻的", "0.0", "0.3"},
      {"ORDINARY", "SERIOUS", "不具有从轻、从重情节的一般违法行为", "0.3", "0.7"},
      {"SEVERE", "GRAVE", "造成严重危害后果、拒不改正或者一年内再次实施同一违法行为的", "0.7", "1.0"},
    };
    int seq = 1;
    for (String[] band : bands) {
      double from = Double.parseDouble(band[3]);
      double to = Double.parseDouble(band[4]);
      List<String> kindNames = new ArrayList<>(List.of("FINE"));
      violation.alsoImposed().forEach(kind -> kindNames.add(kind.name()));
      String[] kinds = kindNames.toArray(String[]::new);
      Range range;
      if (violation.byMultiple()) {
        BigDecimal min = multiple(violation, from);
        BigDecimal max = multiple(violation, to);
        tiers.row(
            ++tierId,
            vid,
            ++seq,
            band[0],
            band[1],
            band[2],
            kinds,
            null,
            null,
            min,
            max,
            violation.multipleBase(),
            SampleText.multipleWording(violation.multipleBase(), min, max));
        range = new Range(tierId, band[0], min, max, true);
      } else {
        long width = violation.fineMax() - violation.fineMin();
        long min =
            from == 0
                ? violation.fineMin()
                : SampleDataset.round(violation.fineMin() + from * width);
        long max =
            to == 1 ? violation.fineMax() : SampleDataset.round(violation.fineMin() + to * width);
        tiers.row(
            ++tierId,
            vid,
            ++seq,
            band[0],
            band[1],
            band[2],
            kinds,
            BigDecimal.valueOf(min),
            BigDecimal.valueOf(max),
            null,
            null,
            null,
            SampleText.fineWording(min, max));
        range = new Range(tierId, band[0], BigDecimal.valueOf(min), BigDecimal.valueOf(max), false);
      }
      ranges.put(version + "/" + violation.code() + "/" + band[0], range);
    }
  }

  private static BigDecimal multiple(Violation violation, double share) {
    double value =
        violation.multipleMin() + share * (violation.multipleMax() - violation.multipleMin());
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }

  /**
   * The tier of the benchmark version in force on {@code day}; null before any benchmark applied.
   */
  @Nullable Range range(String violationCode, LocalDate day, String tier) {
    LocalDate inForce = null;
    for (LocalDate start : versionStarts) {
      if (!start.isAfter(day) && (inForce == null || start.isAfter(inForce))) {
        inForce = start;
      }
    }
    return inForce == null ? null : ranges.get(inForce + "/" + violationCode + "/" + tier);
  }

  private void addNoPenaltyLists() {
    String[][] lists = {
      {"ECO_ENVIRONMENT", "NO_PENALTY", "示例省生态环境厅"},
      {"MARKET_REGULATION", "FIRST_VIOLATION", "示例省市场监督管理局"},
      {"URBAN_MANAGEMENT", "FIRST_VIOLATION", "示例省住房和城乡建设厅"},
    };
    for (String[] list : lists) {
      int seq = 0;
      for (Violation violation : SampleCatalogue.VIOLATIONS) {
        if (violation.field().equals(list[0])) {
          noPenaltyItems.row(
              list[1],
              list[2],
              list[0],
              ++seq,
              violation.name(),
              list[1].equals("FIRST_VIOLATION")
                  ? "首次违法，危害后果轻微，并在责令改正期限内改正的"
                  : "违法行为轻微并及时改正，没有造成危害后果的",
              list[1].equals("FIRST_VIOLATION")
                  ? "《中华人民共和国行政处罚法》第三十三条第一款（初次违法且危害后果轻微并及时改正的，可以不予行政处罚）"
                  : "《中华人民共和国行政处罚法》第三十三条第一款（违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚）",
              LocalDate.of(2022, 1, 1));
        }
      }
    }
  }
}
