package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fine and the confiscation in a source's list of amounts (local_amr_sample's fines). */
class ListedAmountsTest {

  @Test
  void aListOfGainsFineAndTheirTotalTellsThemApart() {
    ListedAmounts read = ListedAmounts.read("86221.31元\n100000元\n186221.31元");
    assertThat(read.fine()).isEqualByComparingTo("100000");
    assertThat(read.confiscation()).isEqualByComparingTo("86221.31");
  }

  @Test
  void otherwiseTheFirstAmountIsTheFine() {
    ListedAmounts read = ListedAmounts.read("60000元\n5000元\n5000元");
    assertThat(read.fine()).isEqualByComparingTo("60000");
    assertThat(read.confiscation()).isNull();
    assertThat(ListedAmounts.read("20万元").fine()).isEqualByComparingTo("200000");
    assertThat(ListedAmounts.read("").fine()).isNull();
  }
}
