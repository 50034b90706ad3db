package org.zhifagongkai.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhifagongkai.api.PortalApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property-based: every query and every mutation of the schema, called with random, malformed, huge
 * and hostile argument values (NUL, lone surrogates, markup and script, SQL fragments, huge
 * numbers, impossible dates, forged cursors), by anyone and by each kind of staff, is answered
 * without a server failure: never a 5xx, never {@code INTERNAL_ERROR}, every error coded in both
 * languages. It runs on a portal of its own, since mutations that pass change what they touch.
 */
class HostileArgumentsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final List<String> HOSTILE =
      List.of(
          "",
          " ",
          "\u0000",
          "东湖\u0000市",
          "\uD800",
          "a\uDFFFb",
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "&lt;b&gt;",
          "' OR 1=1 --",
          "'; drop table complaint; --",
          "\"; select pg_sleep(10); --",
          "%00",
          "\\",
          "${jndi:ldap://x}",
          "../../etc/passwd",
          "😀😀",
          "\u200B\u202E",
          "1e99999999",
          "-1e99999999",
          "NaN",
          "Infinity",
          "-0",
          "0.000000000000000000000000001",
          "99999999999999999999999999",
          "-1",
          "0",
          "abc",
          "2026-02-30",
          "2026-13-01",
          "0000-00-00",
          "99999-01-01",
          "2026-11-20T25:61:00+08:00",
          "ZF-20261120-0000001-0",
          "91350100M000100Y43",
          "990100",
          "東環罰〔2026〕第1號",
          Base64.getEncoder()
              .encodeToString("c1\u001fkey\u001f\u0000".getBytes(StandardCharsets.UTF_8)),
          Base64.getEncoder().encodeToString("2026-02-30\u001f9".getBytes(StandardCharsets.UTF_8)),
          Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}),
          "重".repeat(6_000),
          "x".repeat(100_000));

  private static final List<String> TOKENS =
      List.of(
          "",
          "sample-admin",
          "sample-agency-3",
          "sample-hotline",
          "sample-contact-point-1",
          "not-a-token",
          "eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQURNSU4ifQ.");

  private static ConfigurableApplicationContext portal;
  private static WebTestClient web;
  private static GraphQLSchema schema;

  /** One call: a root field, the token it is sent with, and its variables. */
  record Call(String operation, String document, String token, Map<String, Object> variables) {
    @Override
    public String toString() {
      String values = String.valueOf(variables);
      return document
          + " as "
          + (token.isEmpty() ? "nobody" : token)
          + " with "
          + (values.length() > 300 ? values.substring(0, 300) + "…" : values);
    }
  }

  @BeforeAll
  static void start(@TempDir Path temp) {
    portal =
        SpringApplication.run(
            PortalApplication.class,
            "--portal.embedded-database.data-directory=" + temp.resolve("db"),
            "--portal.search.index-directory=" + temp.resolve("index"),
            "--portal.sample-data.enabled=true",
            "--portal.sample-data.decisions=300",
            "--server.port=0");
    schema = portal.getBean(GraphQlSource.class).schema();
    web =
        WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + portal.getEnvironment().getProperty("local.server.port"))
            .responseTimeout(Duration.ofMinutes(3))
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
            .build();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void everyQueryWithHostileArgumentsIsAnsweredWithCodedErrorsOnly() {
    qt().withExamples(700)
        .withShrinkCycles(30)
        .forAll(calls(schema.getQueryType(), "query"))
        .checkAssert(HostileArgumentsTest::answeredWithCodes);
  }

  @Test
  void everyMutationWithHostileArgumentsIsAnsweredWithCodedErrorsOnly() {
    qt().withExamples(700)
        .withShrinkCycles(30)
        .forAll(calls(schema.getMutationType(), "mutation"))
        .checkAssert(HostileArgumentsTest::answeredWithCodes);
  }

  @Test
  void bodiesThatAreNotUtf8OrNotJsonAreCodedClientErrors() {
    byte[][] bodies = {
      {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
      {(byte) 0xFF, (byte) 0xFE, 0, 0},
      "{\"query\": \"{ portal { sampleData } }\", \"variables\": [1]}"
          .getBytes(StandardCharsets.UTF_8),
      "{\"query\": {\"nested\": true}}".getBytes(StandardCharsets.UTF_8),
      "{\"query\": \"{ portal { sampleData } }\"".getBytes(StandardCharsets.UTF_8)
    };
    for (byte[] body : bodies) {
      EntityExchangeResult<byte[]> result =
          web.post()
              .uri("/graphql")
              .contentType(MediaType.APPLICATION_JSON)
              .bodyValue(body)
              .exchange()
              .expectBody()
              .returnResult();
      assertThat(result.getStatus().value()).isBetween(400, 499);
      assertCoded(result.getResponseBody());
    }
  }

  private static void answeredWithCodes(Call call) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", call.document());
    body.put("variables", call.variables());
    WebTestClient.RequestBodySpec request =
        web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
    if (!call.token().isEmpty()) {
      request.header("Authorization", "Bearer " + call.token());
    }
    EntityExchangeResult<byte[]> result =
        request.bodyValue(JSON.writeValueAsBytes(body)).exchange().expectBody().returnResult();
    assertThat(result.getStatus().value()).as(call.toString()).isLessThan(500);
    assertCoded(result.getResponseBody());
    // No answer echoes a huge value back: errors quote at most a few hundred characters.
    if (result.getResponseBody() != null && !call.document().contains("search")) {
      assertThat(result.getResponseBody().length).as(call.toString()).isLessThan(200_000);
    }
  }

  private static void assertCoded(byte @Nullable [] responseBody) {
    assertThat(responseBody).isNotNull();
    Map<?, ?> answer = JSON.readValue(responseBody, Map.class);
    assertThat(answer.containsKey("data") || answer.containsKey("errors")).isTrue();
    Object errors = answer.get("errors");
    if (errors instanceof List<?> list) {
      for (Object error : list) {
        Map<?, ?> extensions = (Map<?, ?>) ((Map<?, ?>) error).get("extensions");
        assertThat(extensions).as(String.valueOf(error)).isNotNull();
        assertThat(extensions.get("code")).as(String.valueOf(error)).isNotEqualTo("INTERNAL_ERROR");
        assertThat(extensions.get("code")).isInstanceOf(String.class);
        assertThat(extensions.get("messageZh")).isInstanceOf(String.class);
        assertThat(extensions.get("messageEn")).isInstanceOf(String.class);
      }
    }
  }

  /** A call of any field of {@code root}, with a value for each argument, as any caller. */
  private static Gen<Call> calls(GraphQLObjectType root, String operation) {
    List<GraphQLFieldDefinition> fields =
        root.getFieldDefinitions().stream().filter(f -> !f.getArguments().isEmpty()).toList();
    Gen<GraphQLFieldDefinition> field = Generate.pick(fields);
    return field.flatMap(
        f ->
            in -> {
              Map<String, Object> variables = new LinkedHashMap<>();
              List<String> declarations = new ArrayList<>();
              List<String> arguments = new ArrayList<>();
              for (GraphQLArgument argument : f.getArguments()) {
                String name = argument.getName();
                declarations.add(
                    "$" + name + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
                arguments.add(name + ": $" + name);
                variables.put(name, value(argument.getType(), 0).generate(in));
              }
              String document =
                  operation
                      + "("
                      + String.join(", ", declarations)
                      + ") { "
                      + f.getName()
                      + "("
                      + String.join(", ", arguments)
                      + ")"
                      + selection(f.getType())
                      + " }";
              return new Call(operation, document, Generate.pick(TOKENS).generate(in), variables);
            });
  }

  private static String selection(GraphQLType type) {
    GraphQLType inner = GraphQLTypeUtil.unwrapAll(type);
    return inner instanceof GraphQLScalarType || inner instanceof GraphQLEnumType
        ? ""
        : " { __typename }";
  }

  /** Values for {@code type}: mostly well-typed and hostile, sometimes of the wrong type. */
  private static Gen<@Nullable Object> value(GraphQLInputType type, int depth) {
    if (type instanceof GraphQLNonNull nonNull) {
      return Generate.frequency(
          org.quicktheories.api.Pair.of(
              19, value((GraphQLInputType) nonNull.getWrappedType(), depth)),
          org.quicktheories.api.Pair.of(1, Generate.constant((Object) null)));
    }
    if (type instanceof GraphQLList list) {
      Gen<@Nullable Object> element = value((GraphQLInputType) list.getWrappedType(), depth + 1);
      return in -> {
        int size = Generate.range(0, depth > 1 ? 1 : 3).generate(in);
        List<@Nullable Object> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          values.add(element.generate(in));
        }
        return values;
      };
    }
    if (type instanceof GraphQLEnumType enumeration) {
      List<Object> names =
          new ArrayList<>(
              enumeration.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList());
      names.add("NOT_A_VALUE");
      names.add("");
      return Generate.pick(names);
    }
    if (type instanceof GraphQLInputObjectType object) {
      return in -> {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
          boolean required = GraphQLTypeUtil.isNonNull(field.getType());
          if (required || Generate.booleans().generate(in)) {
            fields.put(field.getName(), value(field.getType(), depth + 1).generate(in));
          }
        }
        return fields;
      };
    }
    String scalar = ((GraphQLScalarType) type).getName();
    return switch (scalar) {
      case "Int" ->
          Generate.pick(
              List.<Object>of(
                  0,
                  1,
                  -1,
                  20,
                  100,
                  101,
                  1000,
                  Integer.MAX_VALUE,
                  Integer.MIN_VALUE,
                  "1",
                  1.5,
                  true));
      case "Float" -> Generate.pick(List.<Object>of(0.0, -1.0, 1e308, "NaN", 1));
      case "Boolean" -> Generate.pick(List.<Object>of(true, false, "true", 0));
      default -> strings();
    };
  }

  private static Gen<@Nullable Object> strings() {
    Gen<Object> hostile = Generate.pick(List.<Object>copyOf(HOSTILE));
    Gen<Object> random = SourceDSL.strings().allPossible().ofLengthBetween(0, 40).map(s -> s);
    Gen<Object> numbers = Generate.pick(List.<Object>of(1, -5, 1e300, false));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(12, hostile),
        org.quicktheories.api.Pair.of(6, random),
        org.quicktheories.api.Pair.of(1, numbers));
  }
}
