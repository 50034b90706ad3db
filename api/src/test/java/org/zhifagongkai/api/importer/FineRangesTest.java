package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FineRangesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          处一万元以上二万元以下罚款                                           | 10000   | 20000   |
          责令改正，处十万元以上十五万元以下罚款                                 | 100000  | 150000  |
          责令改正，处二万元罚款                                               | 20000   | 20000   |
          责令停止违法行为，限期改正，处以一万元罚款                              | 10000   | 10000   |
          处五千元以下罚款                                                     |         | 5000    |
          处七十万元以上一百万元以下的罚款，对个人处以一万五千元以上二万元以下罚款    | 700000  | 1000000 |
          处一百五十万元以上二百万元以下的罚款                                   | 1500000 | 2000000 |
          处5万元以上10万元以下罚款                                             | 50000   | 100000  |
          处50,000元以上100,000元以下罚款                                      | 50000   | 100000  |
          责令停止建设，处建设项目总投资额百分之一以上百分之二以下的罚款             | 0.01    | 0.02    | 建设项目总投资额
          处违法所得二倍以上五倍以下罚款                                         | 2       | 5       | 违法所得
          """)
  void readsTheFirstFine(
      String wording, @Nullable BigDecimal min, BigDecimal max, @Nullable String base) {
    FineRanges.FineRange range = FineRanges.parse(wording);
    assertThat(range).isNotNull();
    if (min == null) {
      assertThat(range.min()).isNull();
    } else {
      assertThat(range.min()).isEqualByComparingTo(min);
    }
    assertThat(range.max()).isEqualByComparingTo(max);
    assertThat(range.base()).isEqualTo(base);
  }

  @ParameterizedTest
  @CsvSource({"责令限期改正", "不予行政处罚"})
  void findsNoFineWhereNoneIsSet(String wording) {
    assertThat(FineRanges.parse(wording)).isNull();
  }
}
