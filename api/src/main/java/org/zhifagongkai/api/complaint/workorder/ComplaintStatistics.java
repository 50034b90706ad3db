package org.zhifagongkai.api.complaint.workorder;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Public, anonymous figures of the complaints about a body or handled by a contact point.
 *
 * @param received complaints received, duplicates joined to another not counted
 * @param accepted of those, accepted (whatever came after)
 * @param answeredOnTime answered on or before their conclusion date
 * @param overdue open past their stage's date, or answered after it
 * @param satisfaction the mean rating (1–5) of those rated; null when none is
 */
public record ComplaintStatistics(
    int received,
    int accepted,
    int answeredOnTime,
    int overdue,
    int rated,
    @Nullable BigDecimal satisfaction) {

  static final ComplaintStatistics NONE = new ComplaintStatistics(0, 0, 0, 0, 0, null);
}
