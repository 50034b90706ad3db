package org.zhifagongkai.api.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fine and the amount confiscated in a source's list of a decision's amounts, where its text
 * does not state them. A list states the fine first, unless it lists the confiscated illegal gains,
 * the fine and their total (没收违法所得86221.31元，罚款100000元，罚没合计186221.31元), as 公开表 do.
 *
 * @param fine yuan; null when the list is empty
 * @param confiscation yuan; null unless the list tells it apart
 */
record ListedAmounts(@Nullable BigDecimal fine, @Nullable BigDecimal confiscation) {

  static ListedAmounts read(String listed) {
    List<BigDecimal> amounts = new ArrayList<>();
    for (String amount : listed.split("\n")) {
      BigDecimal yuan =
          amount.isBlank() ? null : FineRanges.yuan(amount.strip().replaceFirst("元$", ""));
      if (yuan != null) {
        amounts.add(yuan);
      }
    }
    if (amounts.size() == 3 && amounts.get(0).add(amounts.get(1)).compareTo(amounts.get(2)) == 0) {
      return new ListedAmounts(amounts.get(1), amounts.get(0));
    }
    return new ListedAmounts(amounts.isEmpty() ? null : amounts.getFirst(), null);
  }
}
