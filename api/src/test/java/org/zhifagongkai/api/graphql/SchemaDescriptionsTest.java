package org.zhifagongkai.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.zhifagongkai.api.ApiTest;

/**
 * The schema is the field dictionary the public reads: every type, field, argument and value is
 * described.
 */
class SchemaDescriptionsTest extends ApiTest {

  @Autowired GraphQlSource source;

  @Test
  void everyTypeFieldArgumentAndValueHasADescription() {
    GraphQLSchema schema = source.schema();
    List<String> undescribed = new ArrayList<>();
    for (GraphQLNamedType type : schema.getAllTypesAsList()) {
      if (type.getName().startsWith("__") || isBuiltIn(type.getName())) {
        continue;
      }
      if (blank(type.getDescription())) {
        undescribed.add(type.getName());
      }
      if (type instanceof GraphQLObjectType object) {
        for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
          if (blank(field.getDescription())) {
            undescribed.add(type.getName() + "." + field.getName());
          }
        }
      }
      if (type instanceof GraphQLInputObjectType input) {
        input.getFieldDefinitions().stream()
            .filter(f -> blank(f.getDescription()))
            .forEach(f -> undescribed.add(type.getName() + "." + f.getName()));
      }
      if (type instanceof GraphQLEnumType enumType) {
        enumType.getValues().stream()
            .filter(v -> blank(v.getDescription()))
            .forEach(v -> undescribed.add(type.getName() + "." + v.getName()));
      }
    }
    assertThat(undescribed).isEmpty();
  }

  private static boolean isBuiltIn(String name) {
    return List.of("String", "Int", "Float", "Boolean", "ID").contains(name);
  }

  private static boolean blank(String description) {
    return description == null || description.isBlank();
  }
}
