package org.zhifagongkai.api.graphql;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a GET may not run: mutations (GET must be safe), and the fields whose arguments are secrets,
 * since a URL is kept in logs, histories and caches. A document that does not parse is left to the
 * engine to report.
 */
final class GetRefusals {

  /** Root fields taken only by POST: a tracking lookup carries its access code. */
  static final Set<String> POST_ONLY = Set.of("complaint");

  private GetRefusals() {}

  static @Nullable PortalException of(String query, @Nullable String operationName) {
    Document document;
    try {
      document = Parser.parse(query);
    } catch (InvalidSyntaxException e) {
      return null;
    }
    List<OperationDefinition> operations =
        document.getDefinitionsOfType(OperationDefinition.class).stream()
            .filter(o -> operationName == null || Objects.equals(o.getName(), operationName))
            .toList();
    if (operations.size() != 1) {
      return null;
    }
    OperationDefinition operation = operations.getFirst();
    if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
      return new PortalException(
          ErrorCode.INVALID_REQUEST,
          "GET 只能用于查询，变更请用 POST",
          "GET runs queries only; send mutations with POST");
    }
    Map<String, FragmentDefinition> fragments =
        document.getDefinitionsOfType(FragmentDefinition.class).stream()
            .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
    if (asksFor(operation.getSelectionSet(), fragments, 0)) {
      return new PortalException(
          ErrorCode.INVALID_REQUEST,
          "查询投诉须用 POST：查询码不应出现在网址中",
          "Look complaints up with POST: an access code must not be in a URL");
    }
    return null;
  }

  private static boolean asksFor(
      @Nullable SelectionSet selections, Map<String, FragmentDefinition> fragments, int depth) {
    if (selections == null || depth > 10) {
      return depth > 10;
    }
    for (Selection<?> selection : selections.getSelections()) {
      boolean found =
          switch (selection) {
            case Field field -> POST_ONLY.contains(field.getName());
            case InlineFragment inline -> asksFor(inline.getSelectionSet(), fragments, depth + 1);
            case FragmentSpread spread -> {
              FragmentDefinition fragment = fragments.get(spread.getName());
              yield fragment != null && asksFor(fragment.getSelectionSet(), fragments, depth + 1);
            }
            default -> false;
          };
      if (found) {
        return true;
      }
    }
    return false;
  }
}
