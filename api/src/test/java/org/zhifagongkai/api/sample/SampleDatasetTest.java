package org.zhifagongkai.api.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.calendar.WorkingDayCalendar;
import org.zhifagongkai.api.identifier.CreditCode;
import org.zhifagongkai.api.penalty.PublicationPolicy;
import org.zhifagongkai.api.penalty.PublicationTerms;

class SampleDatasetTest {

  private static final java.time.LocalDate LOAD_DAY = java.time.LocalDate.of(2026, 11, 20);

  /** The rules with the defaults of {@code portal.publication}. */
  private static final PublicationTerms TERMS =
      new PublicationTerms(
          WorkingDayCalendar.official(),
          new PublicationPolicy(
              7, Map.of(), 3, new BigDecimal("5000"), new BigDecimal("50000"), true));

  private final SampleDataset dataset = new SampleDataset(20260101, 10_000, LOAD_DAY, TERMS);

  @Test
  void theSameSeedYieldsTheSameRows() {
    SampleDataset again = new SampleDataset(20260101, 10_000, LOAD_DAY, TERMS);
    for (int t = 0; t < dataset.tables().size(); t++) {
      List<Object[]> rows = dataset.tables().get(t).rows();
      List<Object[]> rowsAgain = again.tables().get(t).rows();
      assertThat(rowsAgain).hasSameSizeAs(rows);
      for (int r = 0; r < rows.size(); r++) {
        assertThat(Arrays.deepEquals(rows.get(r), rowsAgain.get(r))).isTrue();
      }
    }
  }

  @Test
  void itHoldsTenThousandDecisionsEveryOneLabelledAsSample() {
    Table decisions = dataset.decisions.decisions;
    int source = column(decisions, "source_body");
    assertThat(decisions.size()).isEqualTo(10_000);
    assertThat(decisions.rows()).allMatch(row -> SampleDataset.SOURCE_BODY.equals(row[source]));
  }

  @Test
  void everyCreditCodeIsValidAndInTheFictionalProvince() {
    Table decisions = dataset.decisions.decisions;
    int code = column(decisions, "party_credit_code");
    List<String> codes =
        decisions.rows().stream().map(row -> (String) row[code]).filter(c -> c != null).toList();
    assertThat(codes).isNotEmpty().allMatch(CreditCode::hasValidCheckCharacter);
    assertThat(codes).allMatch(c -> c.substring(2, 4).equals("99"));
  }

  @Test
  void everyFineLiesInTheTierTheDecisionApplied() {
    Table decisions = dataset.decisions.decisions;
    Table tiers = dataset.benchmarks.tiers;
    int fine = column(decisions, "fine_amount");
    int tier = column(decisions, "benchmark_tier_id");
    int kinds = column(decisions, "penalty_kinds");
    int tierId = column(tiers, "id");
    int min = column(tiers, "fine_min");
    int max = column(tiers, "fine_max");
    int checked = 0;
    for (Object[] decision : decisions.rows()) {
      if (decision[tier] == null || decision[fine] == null) {
        continue;
      }
      Object[] applied =
          tiers.rows().stream()
              .filter(t -> t[tierId].equals(decision[tier]))
              .findFirst()
              .orElseThrow();
      if (applied[min] != null) {
        BigDecimal amount = (BigDecimal) decision[fine];
        assertThat(amount).isBetween((BigDecimal) applied[min], (BigDecimal) applied[max]);
        assertThat((String[]) decision[kinds]).contains("FINE");
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5_000);
  }

  /** SAMR 令45号 Art. 2: a market-regulation penalty that is only a warning is not published. */
  @Test
  void noMarketRegulationDecisionIsAWarningAlone() {
    Table decisions = dataset.decisions.decisions;
    int field = column(decisions, "field_code");
    int kinds = column(decisions, "penalty_kinds");
    assertThat(decisions.rows())
        .filteredOn(row -> "MARKET_REGULATION".equals(row[field]))
        .isNotEmpty()
        .noneMatch(row -> Arrays.equals((String[]) row[kinds], new String[] {"WARNING"}));
  }

  /**
   * A fine amount only with FINE, FINE only with a positive one, a confiscation's amount likewise.
   */
  @Test
  void everyAmountAgreesWithThePenaltyKinds() {
    Table decisions = dataset.decisions.decisions;
    int kinds = column(decisions, "penalty_kinds");
    int fine = column(decisions, "fine_amount");
    int confiscated = column(decisions, "confiscation_amount");
    assertThat(decisions.rows())
        .allMatch(
            row -> {
              List<String> imposed = List.of((String[]) row[kinds]);
              boolean fined = row[fine] != null && ((BigDecimal) row[fine]).signum() > 0;
              boolean confiscates =
                  imposed.contains("CONFISCATION_OF_ILLEGAL_GAINS")
                      || imposed.contains("CONFISCATION_OF_ILLEGAL_PROPERTY");
              return imposed.contains("FINE") == fined
                  && (row[fine] == null || fined)
                  && (row[confiscated] == null || confiscates);
            });
  }

  @Test
  void naturalPersonsAreMasked() {
    Table decisions = dataset.decisions.decisions;
    int kind = column(decisions, "party_kind");
    int name = column(decisions, "party_name");
    int code = column(decisions, "party_credit_code");
    List<Object[]> people =
        decisions.rows().stream().filter(row -> "NATURAL_PERSON".equals(row[kind])).toList();
    assertThat(people).isNotEmpty();
    assertThat(people)
        .allMatch(row -> ((String) row[name]).matches("\\p{IsHan}\\*某") && row[code] == null);
  }

  private static int column(Table table, String name) {
    return table.columns().stream().map(Table.Column::name).toList().indexOf(name);
  }
}
