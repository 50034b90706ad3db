package org.zhifagongkai.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.ResponseError;
import org.zhifagongkai.api.ApiTest;

class ErrorCodesTest extends ApiTest {

  @Test
  void aPageOfAThousandIsRefusedWithItsCodeAndBothLanguages() {
    ResponseError error = onlyError("{ penaltyDecisions(first: 1000) { totalCount } }");
    Map<String, Object> extensions = error.getExtensions();
    assertThat(extensions)
        .containsEntry("code", "PAGE_SIZE_OUT_OF_RANGE")
        .containsEntry("messageZh", "每页数量 first 须在 1 到 100 之间，收到 1000")
        .containsEntry("messageEn", "first must be between 1 and 100, got 1000")
        .containsEntry("classification", "BAD_REQUEST");
    assertThat(error.getMessage())
        .isEqualTo("每页数量 first 须在 1 到 100 之间，收到 1000 / first must be between 1 and 100, got 1000");
    assertThat(error.getPath()).isEqualTo("penaltyDecisions");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          { penaltyDecisions(first: 0) { totalCount } }                                  | PAGE_SIZE_OUT_OF_RANGE
          { penaltyDecision(id: "999999999") { id } }                                    | NOT_FOUND
          { penaltyDecision(id: "abc") { id } }                                          | NOT_FOUND
          { agency(id: "0") { id } }                                                     | NOT_FOUND
          { law(id: "424242") { id } }                                                   | NOT_FOUND
          { region(code: "970000") { code } }                                            | NOT_FOUND
          { region(code: "12345") { code } }                                             | INVALID_REGION_CODE
          { penaltyDecisions(filter: {regionCode: "970000"}) { totalCount } }            | INVALID_REGION_CODE
          { penaltyDecisions(filter: {partyCreditCode: "91350100M000100Y4"}) { totalCount } } | INVALID_CREDIT_CODE
          { penaltyDecisions(filter: {partyCreditCode: "9135010OM000100Y43"}) { totalCount } } | INVALID_CREDIT_CODE
          { penaltyDecisions(filter: {decidedFrom: "2025-02-01", decidedTo: "2025-01-01"}) { totalCount } } | INVALID_DATE_RANGE
          { penaltyDecisions(filter: {fineAtLeast: "500", fineAtMost: "100"}) { totalCount } } | INVALID_AMOUNT_RANGE
          { penaltyDecisions(filter: {fineAtLeast: "-1"}) { totalCount } }               | INVALID_AMOUNT_RANGE
          { penaltyDecisions(filter: {fineAtLeast: "0.001"}) { totalCount } }            | INVALID_AMOUNT_RANGE
          { penaltyDecisions(filter: {fineAtMost: "0.001"}) { totalCount } }             | INVALID_AMOUNT_RANGE
          { penaltyDecisions(filter: {fineAtMost: "123456789012345"}) { totalCount } }   | INVALID_AMOUNT_RANGE
          { penaltyStatistics(filter: {fineAtLeast: "10.005"}, groupBy: [YEAR]) { computedAt } } | INVALID_AMOUNT_RANGE
          { penaltyDecisions(filter: {field: "NO_SUCH_FIELD"}) { totalCount } }          | INVALID_FIELD
          { enforcementItems(filter: {delegatedToTown: "980102"}) { totalCount } }       | INVALID_REGION_CODE
          { penaltyDecisionsByDocumentNumber(documentNumber: "  ") { id } }              | INVALID_TEXT
          { penaltyDecisions(filter: {decidedFrom: "2025-13-01"}) { totalCount } }       | INVALID_REQUEST
          { penaltyDecisions(filter: {fineAtLeast: "ten"}) { totalCount } }              | INVALID_REQUEST
          { penaltyDecisions { noSuchField } }                                           | INVALID_REQUEST
          { penaltyDecisions(                                                            | INVALID_REQUEST
          { agencies(filter: {nameContains: "\\u0000"}) { totalCount } }              | INVALID_TEXT
          { laws(filter: {titleContains: "法\\u0000"}) { totalCount } }               | INVALID_TEXT
          { penaltyDecisionsByDocumentNumber(documentNumber: "\\u0000") { id } }     | INVALID_TEXT
          { enforcementItemByCode(code: "\\u0000") { code } }                         | INVALID_TEXT
          { complaint(trackingNumber: "\\u0000", accessCode: "x") { id } }            | INVALID_TEXT
          { penaltyDecisions(filter: {fineAtLeast: "1e99999999"}) { totalCount } }       | INVALID_REQUEST
          { penaltyDecisions(filter: {fineAtLeast: "1e-99999999"}) { totalCount } }      | INVALID_REQUEST
          { penaltyDecisions(filter: {fineAtLeast: "1234567890123456"}) { totalCount } } | INVALID_REQUEST
          { penaltyDecisions(filter: {fineAtMost: 1E+400}) { totalCount } }              | INVALID_REQUEST
          { penaltyDecisions(filter: {decidedFrom: "+999999999-01-01"}) { totalCount } } | INVALID_REQUEST
          { discretionBenchmarks(first: 100) { nodes { violations { tiers { id } } } } } | QUERY_TOO_COSTLY
          { benchmarkTier(id: "1") { violation { tiers { violation { tiers { violation { tiers { violation { tiers { violation { tiers { violation { tiers { id } } } } } } } } } } } } } } | QUERY_TOO_DEEP
          """)
  void badInputGetsItsStableCode(String document, String code) {
    assertThat(errorCode(document)).isEqualTo(code);
  }

  @Test
  void aRefusedFieldAnswersNullAndItsSiblingsStillAnswer() {
    graphQl
        .document(
            "{ refused: penaltyDecisions(first: 1000) { totalCount } region(code: \"980000\") { name } }")
        .execute()
        .errors()
        .satisfy(
            errors -> {
              assertThat(errors).hasSize(1);
              assertThat(errors.getFirst().getExtensions())
                  .containsEntry("code", "PAGE_SIZE_OUT_OF_RANGE");
            })
        .path("refused")
        .valueIsNull()
        .path("region.name")
        .entity(String.class)
        .isEqualTo("测试省");
  }

  @Test
  void everyCodeTheServerUsesIsInTheSchema() {
    String enumValues =
        graphQl
            .document("{ __type(name: \"ErrorCode\") { enumValues { name } } }")
            .execute()
            .path("__type.enumValues[*].name")
            .entityList(String.class)
            .get()
            .toString();
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(enumValues).contains(code.name());
    }
  }
}
