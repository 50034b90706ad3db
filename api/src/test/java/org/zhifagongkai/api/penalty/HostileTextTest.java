package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.SearchBacklog;
import org.zhifagongkai.api.identifier.PersonalData;

/**
 * Facts of the longest length allowed (50,000 characters) made of what the masking patterns read:
 * long runs of digits, letters, separators and blanks after a label. Each is published and masked,
 * where patterns that backtracked over a run overflowed the stack or ran past the request's time
 * limit (a run of digits; letters read for an e-mail address; blanks between 曾用名 and a name).
 */
class HostileTextTest extends ApiTest {

  private static final int LONGEST = 50_000;
  private static final AtomicInteger NUMBERS = new AtomicInteger(300);

  private static final String PUBLISH =
      """
      mutation($input: PublishPenaltyDecisionInput!) { publishPenaltyDecision(input: $input) {
        id facts party { name } } }
      """;

  @Autowired Clock clock;

  /** The index takes these texts in too; the tests after this one search what they publish. */
  @AfterEach
  void indexed() {
    long start = System.nanoTime();
    SearchBacklog.awaitEmpty(database, java.time.Duration.ofMinutes(3));
    System.out.printf(
        "hostile texts indexed %.1f s after publication%n", (System.nanoTime() - start) / 1e9);
  }

  /** A run of {@code unit} {@link #LONGEST} characters long, with {@code head} and {@code tail}. */
  private static String run(String head, String unit, String tail) {
    StringBuilder text = new StringBuilder(head);
    while (text.length() < LONGEST - tail.length()) {
      text.append(unit);
    }
    text.setLength(LONGEST - tail.length());
    return text.append(tail).toString();
  }

  /** Runs of what one pattern or another reads, each as facts of its own. */
  private static List<String> hostileFacts() {
    List<String> facts = new ArrayList<>();
    for (String unit :
        List.of(
            "1",
            "１",
            "1 ",
            "138-",
            "1234567890X",
            "X",
            "a",
            "a.",
            "a@a.",
            "QQ",
            "（",
            "张三、",
            "\n")) {
      facts.add(run("当事人", unit, "。"));
    }
    for (String label : List.of("曾用名", "QQ", "电话", "住址", "身份证号", "出生日期", "性别", "李四，")) {
      for (String blank : List.of(" ", "\u3000 :")) {
        facts.add(run(label, blank, "张三丰，男"));
      }
    }
    return facts;
  }

  private GraphQlTester.Response publish(String facts) {
    String number = "长文测环罚〔2026〕" + NUMBERS.incrementAndGet() + "号";
    return StaffDecisions.publish(
        graphQl, PUBLISH, StaffDecisions.input(clock, number, "张三丰", facts, "WARNING"));
  }

  @Test
  void everyLongRunIsPublishedMaskedWithinTheRequestsTime() {
    List<String> refused = new ArrayList<>();
    for (String facts : hostileFacts()) {
      GraphQlTester.Response published = publish(facts);
      List<ResponseError> errors = new ArrayList<>();
      published.errors().satisfy(errors::addAll);
      if (!errors.isEmpty()) {
        refused.add(facts.substring(0, 8) + " → " + errors.getFirst().getExtensions().get("code"));
        continue;
      }
      String shown = published.path("publishPenaltyDecision.facts").entity(String.class).get();
      assertThat(PersonalData.find(shown)).isEmpty();
      assertThat(shown).doesNotContain("张三丰");
      published.path("publishPenaltyDecision.party.name").entity(String.class).isEqualTo("张*丰");
    }
    assertThat(refused).isEmpty();
  }

  @Test
  void runsThatHoldNoPersonalDataArePublishedAsGiven() {
    for (String unit : List.of("1", "a", "ab1", "a.", "X")) {
      String facts = run("当事人", unit, "。");
      publish(facts).path("publishPenaltyDecision.facts").entity(String.class).isEqualTo(facts);
    }
  }

  @Test
  void aNameAfterLongBlanksIsStillMasked() {
    String facts = run("当事人曾用名", " ", "张三丰，因违法排污被查处。");
    publish(facts)
        .path("publishPenaltyDecision.facts")
        .entity(String.class)
        .isEqualTo(facts.replace("张三丰", "张*丰"));
  }
}
