package org.zhifagongkai.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The custom scalars: {@code Date}, {@code DateTime} and {@code Decimal} (exact, as a string). */
@Configuration(proxyBeanMethods = false)
public class Scalars {

  /** Dates and times are answered in the portal's zone (as {@code support.Clocks} keeps it). */
  private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

  @Bean
  RuntimeWiringConfigurer scalarWiring() {
    return wiring ->
        wiring
            .scalar(scalar("Date", LocalDate.class, LocalDate::toString, Scalars::date))
            .scalar(
                scalar(
                    "DateTime",
                    OffsetDateTime.class,
                    t ->
                        t.atZoneSameInstant(SHANGHAI)
                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    OffsetDateTime::parse))
            .scalar(
                scalar("Decimal", BigDecimal.class, BigDecimal::toPlainString, Scalars::decimal));
  }

  /** Most integer or fraction digits a Decimal argument may have: amounts up to 10¹⁵ yuan. */
  static final int MAX_DECIMAL_DIGITS = 15;

  /**
   * An ISO date of four-digit year only: {@link LocalDate#parse} also reads years such as
   * +999999999, which PostgreSQL refuses.
   */
  private static LocalDate date(String text) {
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new DateTimeParseException("Not a yyyy-MM-dd date", text, 0);
    }
    return LocalDate.parse(text);
  }

  /**
   * A decimal of at most {@value #MAX_DECIMAL_DIGITS} digits each side of the point: {@code
   * 1e99999999} is a valid BigDecimal whose plain form would fill a hundred megabytes.
   */
  private static BigDecimal decimal(String text) {
    if (text.length() > 2 * MAX_DECIMAL_DIGITS + 8) {
      throw new NumberFormatException("Decimal too long");
    }
    BigDecimal value = new BigDecimal(text).stripTrailingZeros();
    if (value.scale() > MAX_DECIMAL_DIGITS
        || value.precision() - value.scale() > MAX_DECIMAL_DIGITS) {
      throw new NumberFormatException("Decimal out of range");
    }
    return new BigDecimal(text);
  }

  private static <T> GraphQLScalarType scalar(
      String name, Class<T> type, Function<T, String> format, Function<String, T> parse) {
    return GraphQLScalarType.newScalar()
        .name(name)
        .coercing(new TextCoercing<>(name, type, format, parse))
        .build();
  }

  /** Reads and writes a scalar as text; numbers are accepted as input for {@code Decimal}. */
  private record TextCoercing<T>(
      String name, Class<T> type, Function<T, String> format, Function<String, T> parse)
      implements Coercing<T, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      if (!type.isInstance(value)) {
        throw new CoercingSerializeException(name + " cannot hold " + value.getClass());
      }
      return format.apply(type.cast(value));
    }

    @Override
    public T parseValue(Object input, GraphQLContext context, Locale locale) {
      T value = parseText(input instanceof Number ? input.toString() : textOf(input));
      if (value == null) {
        throw new CoercingParseValueException(invalid(input));
      }
      return value;
    }

    @Override
    public T parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      String text =
          switch (input) {
            case StringValue s -> s.getValue();
            case IntValue i when type == BigDecimal.class -> i.getValue().toString();
            case FloatValue f when type == BigDecimal.class -> f.getValue().toString();
            default -> null;
          };
      T value = text == null ? null : parseText(text);
      if (value == null) {
        throw new CoercingParseLiteralException(invalid(input));
      }
      return value;
    }

    private @Nullable T parseText(@Nullable String text) {
      if (text == null) {
        return null;
      }
      try {
        return parse.apply(text.strip());
      } catch (DateTimeParseException | NumberFormatException e) {
        return null;
      }
    }

    private static @Nullable String textOf(Object input) {
      return input instanceof String s ? s : null;
    }

    private String invalid(Object input) {
      return "Not a valid " + name + ": " + input;
    }
  }
}
