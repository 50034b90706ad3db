package org.zhifagongkai.api.opendata;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The field dictionary of every exported dataset, generated from the GraphQL schema's descriptions
 * (the schema is where each field's meaning is written once), so the files and the API never
 * disagree on what a column means.
 */
@Component
class FieldDictionary {

  /** One column's entry. {@code schemaField} is empty for columns without a schema field. */
  record Entry(
      String dataset, String column, String type, String description, String schemaField) {}

  private final GraphQlSource graphQl;
  private final OpenDatasets datasets;

  FieldDictionary(GraphQlSource graphQl, OpenDatasets datasets) {
    this.graphQl = graphQl;
    this.datasets = datasets;
  }

  List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (OpenDataset dataset : datasets.all()) {
      for (Column column : dataset.columns()) {
        String field = column.schemaField();
        entries.add(
            new Entry(
                dataset.name(),
                column.name(),
                column.type().dictionaryName(),
                field == null ? requireText(column.description()) : describe(field),
                field == null ? "" : field));
      }
    }
    return entries;
  }

  /** The dictionary as CSV, UTF-8 with a byte-order mark like the exports. */
  String csv() {
    return CsvLine.file(
        List.of("dataset", "column", "type", "description", "schema_field"),
        entries().stream()
            .map(
                entry ->
                    List.<@Nullable Object>of(
                        entry.dataset(),
                        entry.column(),
                        entry.type(),
                        entry.description(),
                        entry.schemaField()))
            .toList());
  }

  private String describe(String schemaField) {
    String[] parts = schemaField.split("\\.", 2);
    GraphQLObjectType type = graphQl.schema().getObjectType(parts[0]);
    GraphQLFieldDefinition field = type == null ? null : type.getFieldDefinition(parts[1]);
    if (field == null || field.getDescription() == null) {
      throw new IllegalStateException(
          "An exported column refers to " + schemaField + ", which the schema does not describe");
    }
    return field.getDescription();
  }

  private static String requireText(@Nullable String description) {
    if (description == null) {
      throw new IllegalStateException(
          "An exported column has neither a schema field nor a description");
    }
    return description;
  }
}
