package org.zhifagongkai.api.graphql;

import graphql.language.Node;
import graphql.language.StringValue;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds text that PostgreSQL refuses to store or compare: the NUL character (U+0000) and UTF-16
 * surrogates without their pair (which have no UTF-8 form). Such text can only be hostile or
 * broken, so requests carrying it are refused whole rather than failing inside a query.
 */
public final class UnsafeText {

  private UnsafeText() {}

  public static boolean isUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return true;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a proper pair
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first string literal under {@code node} (arguments, defaults, directives) that is unsafe.
   */
  static @Nullable StringValue firstLiteral(Node<?> node) {
    if (node instanceof StringValue string && isUnsafe(string.getValue())) {
      return string;
    }
    for (Node<?> child : node.getChildren()) {
      StringValue found = firstLiteral(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The name of the first variable holding unsafe text at any depth, or null. */
  static @Nullable String firstVariable(Map<String, Object> variables) {
    for (Map.Entry<String, Object> variable : variables.entrySet()) {
      if (holdsUnsafe(variable.getValue())) {
        return variable.getKey();
      }
    }
    return null;
  }

  private static boolean holdsUnsafe(@Nullable Object value) {
    return switch (value) {
      case String text -> isUnsafe(text);
      case Map<?, ?> map ->
          map.keySet().stream().anyMatch(UnsafeText::holdsUnsafe)
              || map.values().stream().anyMatch(UnsafeText::holdsUnsafe);
      case List<?> list -> list.stream().anyMatch(UnsafeText::holdsUnsafe);
      case null, default -> false;
    };
  }
}
