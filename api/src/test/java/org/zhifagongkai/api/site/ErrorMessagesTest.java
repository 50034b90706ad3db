package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public site has a message in Chinese for every error code the API can answer with. */
class ErrorMessagesTest {

  @Test
  void everyErrorCodeOfTheSchemaHasAChineseMessageOnTheSite() throws IOException {
    String schema = resource("graphql/common.graphqls");
    Matcher block = Pattern.compile("enum ErrorCode \\{(.*?)\\n}", Pattern.DOTALL).matcher(schema);
    assertThat(block.find()).isTrue();
    List<String> codes =
        Pattern.compile("(?m)^  ([A-Z_]+)$")
            .matcher(block.group(1))
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(codes).hasSizeGreaterThan(25).contains("NOT_FOUND", "INTERNAL_ERROR");

    Map<String, String> messages = new LinkedHashMap<>();
    Pattern.compile("(?m)^  ([A-Z_]+): \"([^\"]+)\",$")
        .matcher(resource("static/js/errors.js"))
        .results()
        .forEach(m -> messages.put(m.group(1), m.group(2)));

    assertThat(messages.keySet()).containsExactlyInAnyOrderElementsOf(codes);
    // Chinese for people: each message holds Han characters and ends as a sentence.
    assertThat(messages.values())
        .allSatisfy(message -> assertThat(message).containsPattern("\\p{IsHan}{4}").endsWith("。"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ErrorMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
