package org.zhifagongkai.api.graphql;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cost, depth and number of fields of one operation, measured from its validated document and
 * coerced variables before it runs. Each alias counts, and a fragment counts in full at every place
 * it is spread, as the engine would execute it; the selections of every type condition under a
 * union or interface are added up, an upper bound. Fields skipped by {@code @skip} or {@code
 * @include} count for nothing, and so does introspection ({@code __schema}, {@code __type}):
 * graphql-java's good-faith introspection check bounds it, and tools such as GraphiQL must be able
 * to read the schema.
 *
 * @param cost the sum over fields of their {@link FieldCosts weight} times the items the lists above
 *     and at them yield (saturating at {@code Long.MAX_VALUE}); partial when {@code fields} exceeds
 *     the limit it was measured with
 * @param depth the deepest nesting, 1 for a top-level field
 * @param fields how many fields were selected; measuring stops one past the limit
 */
record QueryShape(long cost, int depth, int fields) {

  static QueryShape measure(
      GraphQLSchema schema,
      OperationDefinition operation,
      Map<String, FragmentDefinition> fragments,
      Map<String, Object> variables,
      int fieldLimit) {
    Walk walk = new Walk(schema, fragments, variables, fieldLimit);
    GraphQLCompositeType root =
        switch (operation.getOperation()) {
          case QUERY -> schema.getQueryType();
          case MUTATION -> schema.getMutationType();
          case SUBSCRIPTION -> schema.getSubscriptionType();
        };
    try {
      walk.selections(operation.getSelectionSet(), root, null, 1, 1);
    } catch (FieldLimitReached e) {
      // fields says so
    }
    return new QueryShape(walk.cost, walk.depth, walk.fields);
  }

  /** Unwinds the walk once the field limit is passed, so that fragment bombs cost nothing more. */
  private static final class FieldLimitReached extends RuntimeException {
    FieldLimitReached() {
      super(null, null, false, false);
    }
  }

  private static final class Walk {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final int fieldLimit;
    long cost;
    int depth;
    int fields;

    Walk(
        GraphQLSchema schema,
        Map<String, FragmentDefinition> fragments,
        Map<String, Object> variables,
        int fieldLimit) {
      this.schema = schema;
      this.fragments = fragments;
      this.variables = variables;
      this.fieldLimit = fieldLimit;
    }

    /**
     * @param connectionFirst the {@code first} of the connection whose page {@code type} is
     * @param items how many objects of {@code type} the lists above yield
     * @param level the depth of the fields of this selection set
     */
    void selections(
        @Nullable SelectionSet set,
        GraphQLCompositeType type,
        @Nullable Object connectionFirst,
        long items,
        int level) {
      if (set == null) {
        return;
      }
      for (Selection<?> selection : set.getSelections()) {
        switch (selection) {
          case Field field when included(field.getDirectives()) ->
              field(field, type, connectionFirst, items, level);
          case InlineFragment inline when included(inline.getDirectives()) ->
              selections(
                  inline.getSelectionSet(),
                  typeOf(inline.getTypeCondition(), type),
                  connectionFirst,
                  items,
                  level);
          case FragmentSpread spread when included(spread.getDirectives()) -> {
            FragmentDefinition fragment = fragments.get(spread.getName());
            if (fragment != null) {
              selections(
                  fragment.getSelectionSet(),
                  typeOf(fragment.getTypeCondition(), type),
                  connectionFirst,
                  items,
                  level);
            }
          }
          default -> {} // skipped
        }
      }
    }

    private void field(
        Field field,
        GraphQLCompositeType parent,
        @Nullable Object connectionFirst,
        long items,
        int level) {
      String name = field.getName();
      if (name.equals("__schema") || name.equals("__type")) {
        return;
      }
      if (++fields > fieldLimit) {
        throw new FieldLimitReached();
      }
      depth = Math.max(depth, level);
      GraphQLFieldDefinition definition =
          parent instanceof GraphQLFieldsContainer container
              ? container.getFieldDefinition(name)
              : null;
      if (definition == null) {
        return; // __typename, a leaf of every type
      }
      GraphQLType named = GraphQLTypeUtil.unwrapAll(definition.getType());
      String type = parent.getName();
      if (!(named instanceof GraphQLCompositeType composite)) {
        cost = plus(cost, times(FieldCosts.weight(type, name, true), items));
        return;
      }
      long here = items;
      if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))) {
        here = times(items, FieldCosts.listSize(type, name, connectionFirst, first(field)));
      }
      cost = plus(cost, times(FieldCosts.weight(type, name, false), here));
      Object page = FieldCosts.isConnection(composite.getName()) ? first(field) : null;
      selections(field.getSelectionSet(), composite, page, here, level + 1);
    }

    private GraphQLCompositeType typeOf(@Nullable TypeName condition, GraphQLCompositeType outer) {
      return condition != null
              && schema.getType(condition.getName()) instanceof GraphQLCompositeType t
          ? t
          : outer;
    }

    /** The field's {@code first} argument, literal or variable; null when absent. */
    private @Nullable Object first(Field field) {
      for (Argument argument : field.getArguments()) {
        if (argument.getName().equals("first")) {
          return valueOf(argument.getValue());
        }
      }
      return null;
    }

    private boolean included(java.util.List<Directive> directives) {
      for (Directive directive : directives) {
        Argument condition = directive.getArgument("if");
        Object value = condition == null ? null : valueOf(condition.getValue());
        if (directive.getName().equals("skip") && Boolean.TRUE.equals(value)
            || directive.getName().equals("include") && Boolean.FALSE.equals(value)) {
          return false;
        }
      }
      return true;
    }

    private @Nullable Object valueOf(Value<?> value) {
      return switch (value) {
        case IntValue number -> number.getValue();
        case BooleanValue bool -> bool.isValue();
        case VariableReference variable -> variables.get(variable.getName());
        default -> null;
      };
    }
  }

  private static long times(long a, long b) {
    long product = a * b;
    return Math.multiplyHigh(a, b) != 0 || product < 0 ? Long.MAX_VALUE : product;
  }

  private static long plus(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
