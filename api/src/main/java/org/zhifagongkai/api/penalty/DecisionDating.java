package org.zhifagongkai.api.penalty;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How a decision's date was arrived at.
 *
 * @param basis the evidence the date rests on
 * @param rejectedDate a date the source gave for the decision that could not be its day (in the
 *     future, or after the record was published), set aside for {@code basis}; null when none was
 */
public record DecisionDating(DecisionDateBasis basis, @Nullable LocalDate rejectedDate) {

  /** A date the deciding body states, as staff publishing here do. */
  public static final DecisionDating STATED = new DecisionDating(DecisionDateBasis.STATED, null);
}
