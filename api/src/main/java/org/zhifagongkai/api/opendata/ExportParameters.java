package org.zhifagongkai.api.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.graphql.UnsafeText;

/**
 * The query parameters of an export, checked: a parameter the dataset does not know, or one given
 * twice, is refused rather than ignored, so that a mistyped filter never exports everything; a
 * value holding {@link UnsafeText unsafe text} is INVALID_TEXT, whichever parameter it is.
 */
final class ExportParameters {

  /** An amount as the GraphQL Decimal takes it: at most 15 digits either side of the point. */
  private static final java.util.regex.Pattern AMOUNT =
      java.util.regex.Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");

  private final Map<String, List<String>> given;

  private ExportParameters(Map<String, List<String>> given) {
    this.given = given;
  }

  /** {@code given} checked against the parameters {@code known}. */
  static ExportParameters of(Map<String, List<String>> given, Set<String> known) {
    for (Map.Entry<String, List<String>> parameter : given.entrySet()) {
      if (!known.contains(parameter.getKey())) {
        throw new PortalException(
            ErrorCode.INVALID_REQUEST,
            "未知的参数 " + parameter.getKey() + "；可用参数：" + String.join("、", new TreeSet<>(known)),
            "Unknown parameter "
                + parameter.getKey()
                + "; known: "
                + String.join(", ", new TreeSet<>(known)));
      }
      if (parameter.getValue().size() > 1) {
        throw new PortalException(
            ErrorCode.INVALID_REQUEST,
            "参数 " + parameter.getKey() + " 只能给一次",
            "Parameter " + parameter.getKey() + " may be given once only");
      }
      // As GraphQL refuses it: PostgreSQL cannot compare such text, so a filter holding it would
      // fail inside the query instead of being refused.
      @Nullable String value =
          parameter.getValue().isEmpty() ? null : parameter.getValue().getFirst();
      if (value != null && UnsafeText.isUnsafe(value)) {
        throw new PortalException(
            ErrorCode.INVALID_TEXT,
            "参数 " + parameter.getKey() + " 含有空字符（U+0000）或不成对的代理字符",
            "Parameter "
                + parameter.getKey()
                + " holds a NUL character (U+0000) or an unpaired surrogate");
      }
    }
    return new ExportParameters(given);
  }

  /**
   * The parameter's text, stripped; null only when absent. An empty value is passed on, so that the
   * listing refuses it as it refuses an empty filter, instead of the export dropping the filter.
   */
  @Nullable String text(String name) {
    List<String> values = given.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    String value = values.getFirst();
    return value == null ? "" : value.strip();
  }

  @Nullable LocalDate date(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new PortalException(
          ErrorCode.INVALID_REQUEST,
          "参数 " + name + " 应为日期（如 2024-05-06）：" + value,
          "Parameter " + name + " is a date such as 2024-05-06: " + value);
    }
  }

  @Nullable BigDecimal amount(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    if (!AMOUNT.matcher(value).matches()) {
      throw new PortalException(
          ErrorCode.INVALID_REQUEST,
          "参数 " + name + " 应为以元计的金额（如 5000 或 1250.50）：" + value,
          "Parameter " + name + " is an amount in yuan such as 5000 or 1250.50: " + value);
    }
    return new BigDecimal(value);
  }

  <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    throw new PortalException(
        ErrorCode.INVALID_REQUEST,
        "参数 " + name + " 应为以下之一：" + String.join("、", names) + "；收到：" + value,
        "Parameter " + name + " is one of " + String.join(", ", names) + "; got " + value);
  }

  @Nullable Boolean flag(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default ->
          throw new PortalException(
              ErrorCode.INVALID_REQUEST,
              "参数 " + name + " 应为 true 或 false：" + value,
              "Parameter " + name + " is true or false: " + value);
    };
  }
}
