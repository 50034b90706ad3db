package org.zhifagongkai.api.graphql;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Refuses to start when the schema and the controllers disagree: an unmapped field or argument, or
 * a non-null schema field backed by a nullable Java value, is a bug that would otherwise surface as
 * a null in a client's answer.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaInspection {

  @Bean
  GraphQlSourceBuilderCustomizer failOnSchemaMismatch() {
    return builder -> builder.inspectSchemaMappings(SchemaInspection::check);
  }

  static void check(SchemaReport report) {
    List<String> problems = new ArrayList<>();
    if (!report.unmappedFields().isEmpty()) {
      problems.add("unmapped fields " + report.unmappedFields());
    }
    if (!report.unmappedArguments().isEmpty()) {
      problems.add("unmapped arguments " + report.unmappedArguments());
    }
    if (!report.fieldNullnessErrors().isEmpty()) {
      problems.add("field nullness errors " + report.fieldNullnessErrors());
    }
    if (!report.argumentNullnessErrors().isEmpty()) {
      problems.add("argument nullness errors " + report.argumentNullnessErrors());
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The GraphQL schema and its mappings disagree: " + problems);
    }
  }
}
