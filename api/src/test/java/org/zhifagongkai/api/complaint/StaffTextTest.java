package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * What staff write on an order (reasons, routes), which the filer and the public site read, is the
 * plain text filings are: every kind of invisible or direction-turning character is removed, and
 * text that is empty once they are, or longer than a note may be, is INVALID_TEXT. Each writing
 * operation is tried with each hostile value.
 */
class StaffTextTest extends ComplaintApiTest {

  private static final String WORDS = "该事项不属于本联系点";

  /** Characters no published note needs: controls, direction overrides and isolates, zero width. */
  private static final List<String> INVISIBLE =
      List.of(
          "\u0007", "\u001B", "\u007F", "\u202A", "\u202D", "\u202E", "\u2066", "\u2069", "\u200B",
          "\u200E", "\uFEFF", "\u2028");

  /** An operation that writes staff text, set up on a fresh order. */
  private record Writing(String name, String account, String mutation, String argument) {}

  private static final List<Writing> WRITINGS =
      List.of(
          new Writing("退单", "970002", "objectToWorkOrder(id: $id, reason: $t)", "reason"),
          new Writing(
              "不予受理理由",
              "970002",
              "refuseWorkOrder(id: $id, reason: $t, route: \"行政复议\")",
              "reason"),
          new Writing(
              "不予受理途径",
              "970002",
              "refuseWorkOrder(id: $id, reason: \"不属于受理范围\", route: $t)",
              "route"),
          new Writing("改派", "970004", "reassignWorkOrder(id: $id, reason: $t)", "reason"),
          new Writing(
              "调整类别",
              "970004",
              "recategoriseComplaint(id: $id, category: CONDUCT, reason: $t)",
              "reason"));

  @Test
  void staffTextIsPlainTextOfBoundedLength() {
    List<String> wrong = new ArrayList<>();
    for (Writing writing : WRITINGS) {
      Map<String, String> expected = new LinkedHashMap<>();
      for (String invisible : INVISIBLE) {
        expected.put(WORDS.substring(0, 3) + invisible + WORDS.substring(3), WORDS);
      }
      expected.put("理".repeat(ComplaintText.NOTE_LENGTH), "理".repeat(ComplaintText.NOTE_LENGTH));
      expected.put("理".repeat(ComplaintText.NOTE_LENGTH + 1), "INVALID_TEXT");
      expected.put("\u200B\u202E \u2066", "INVALID_TEXT");
      expected.put("\u0000" + WORDS, "INVALID_TEXT");
      expected.put(WORDS + "\uD800", "INVALID_TEXT");
      for (var value : expected.entrySet()) {
        Filed filed = fileOk(input(newCreditCode(), "REPEATED_INSPECTION", REPEATED));
        GraphQlTester.Response response =
            as(writing.account())
                .document("mutation($id: ID!, $t: String!) { " + writing.mutation() + " { id } }")
                .variable("id", filed.id())
                .variable("t", value.getKey())
                .execute();
        String got =
            value.getValue().equals("INVALID_TEXT")
                ? errorCode(response)
                : response.returnResponse().getErrors().isEmpty()
                    ? stored(filed)
                    : response.returnResponse().getErrors().toString();
        boolean right =
            value.getValue().equals("INVALID_TEXT")
                ? "INVALID_TEXT".equals(got)
                : got.contains(value.getValue()) && INVISIBLE.stream().noneMatch(got::contains);
        if (!right) {
          wrong.add(
              writing.name()
                  + " "
                  + escaped(value.getKey())
                  + " → "
                  + escaped(got.length() > 80 ? got.substring(0, 80) : got));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Every note and refusal text on the order, as its supervision body reads them. */
  private String stored(Filed filed) {
    return String.valueOf(
        as("970004")
            .document(
                "query($id: ID!) { workOrder(id: $id) { refusal { reason route } timeline { note } } }")
            .variable("id", filed.id())
            .execute()
            .path("workOrder")
            .entity(Object.class)
            .get());
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c ->
                out.append(
                    Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        ? String.format("\\u%04X", c)
                        : Character.toString(c)));
    return out.toString();
  }
}
