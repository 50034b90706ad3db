package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable parts of the publication rules ({@code portal.publication.*}).
 *
 * @param deadlineWorkingDays working days from the decision to publish it (国办发〔2018〕118号: 7)
 * @param fieldDeadlineWorkingDays longer deadlines where a statute sets one, by field code
 * @param withdrawalWorkingDays working days from the act requiring withdrawal (行政处罚法 Art. 48: 3)
 * @param lowerFinePerson below this many yuan, a fine on a natural person or individual business is
 *     a lower-amount fine (较低数额罚款), which provinces define; a minor penalty
 * @param lowerFineOrganisation the same for legal persons and other organisations
 * @param expire whether decisions leave public view when their term ends; off only for load tests
 *     that keep every generated decision searchable
 */
@ConfigurationProperties("portal.publication")
public record PublicationPolicy(
    @DefaultValue("7") int deadlineWorkingDays,
    Map<String, Integer> fieldDeadlineWorkingDays,
    @DefaultValue("3") int withdrawalWorkingDays,
    @DefaultValue("5000") BigDecimal lowerFinePerson,
    @DefaultValue("50000") BigDecimal lowerFineOrganisation,
    @DefaultValue("true") boolean expire) {

  public PublicationPolicy {
    fieldDeadlineWorkingDays =
        fieldDeadlineWorkingDays == null ? Map.of() : fieldDeadlineWorkingDays;
  }

  int deadlineFor(@Nullable String field) {
    return field == null
        ? deadlineWorkingDays
        : fieldDeadlineWorkingDays.getOrDefault(field, deadlineWorkingDays);
  }

  BigDecimal lowerFineFor(PartyKind party) {
    return party == PartyKind.NATURAL_PERSON || party == PartyKind.INDIVIDUAL_BUSINESS
        ? lowerFinePerson
        : lowerFineOrganisation;
  }
}
