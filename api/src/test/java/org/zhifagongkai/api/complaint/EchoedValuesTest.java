package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;

/**
 * An error quotes the value it refuses, which may be anything a client sent: every refused argument
 * of a filing, with each hostile value, answers a message without controls, direction overrides or
 * zero-width marks, and cut to a readable length.
 */
class EchoedValuesTest extends ComplaintApiTest {

  /** Arguments whose refusal quotes the value, and the code each refusal has. */
  private static final Map<String, String> ARGUMENTS =
      Map.of(
          "contactPhone", "INVALID_PHONE",
          "agencyId", "NOT_FOUND",
          "field", "INVALID_FIELD",
          "creditCode", "INVALID_CREDIT_CODE",
          "regionCode", "INVALID_REGION_CODE",
          "penaltyDecisionId", "NOT_FOUND");

  private static final List<String> HOSTILE =
      List.of(
          "\u202E9876543210",
          "98\u200B76\uFEFF54",
          "98\u0007\u001B[31m76",
          "\u2066x\u2069",
          "9".repeat(20_000));

  @Test
  void refusalsQuoteNoInvisibleCharactersAndNoHugeValues() {
    List<String> wrong = new ArrayList<>();
    for (var argument : ARGUMENTS.entrySet()) {
      for (String value : HOSTILE) {
        Map<String, Object> input = input(newCreditCode(), "REPEATED_INSPECTION", REPEATED);
        input.put(argument.getKey(), value);
        List<ResponseError> errors = file(input).returnResponse().getErrors();
        if (errors.size() != 1) {
          wrong.add(argument.getKey() + ": " + errors.size() + " errors");
          continue;
        }
        Map<String, Object> extensions = errors.getFirst().getExtensions();
        for (Object message :
            List.of(
                errors.getFirst().getMessage(),
                extensions.get("messageZh"),
                extensions.get("messageEn"))) {
          String text = String.valueOf(message);
          boolean invisible =
              text.codePoints()
                  .anyMatch(
                      c ->
                          Character.getType(c) == Character.CONTROL
                              || Character.getType(c) == Character.FORMAT);
          if (!argument.getValue().equals(extensions.get("code"))
              || invisible
              || text.length() > 2 * 1001 + 3) {
            wrong.add(
                argument.getKey()
                    + " "
                    + extensions.get("code")
                    + " "
                    + text.length()
                    + " "
                    + (invisible ? "invisible" : ""));
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
