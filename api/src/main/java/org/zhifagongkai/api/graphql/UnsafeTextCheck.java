package org.zhifagongkai.api.graphql;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.StringValue;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses, with {@code INVALID_TEXT} and before anything runs, a request whose string arguments or
 * variables, at any depth of input objects, hold {@link UnsafeText unsafe text}. One check for
 * every field, so no resolver has to remember it.
 */
@Component
@Order(1)
class UnsafeTextCheck extends SimplePerformantInstrumentation {

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    StringValue literal = UnsafeText.firstLiteral(context.getDocument());
    if (literal != null) {
      throw CodedErrors.refusal(
          CodedErrors.error(
              ErrorCode.INVALID_TEXT,
              "文本参数含有空字符（U+0000）或不成对的代理字符",
              "A text argument holds a NUL character (U+0000) or an unpaired surrogate",
              Map.of(),
              literal.getSourceLocation() == null
                  ? List.of()
                  : List.of(literal.getSourceLocation())));
    }
    String variable =
        UnsafeText.firstVariable(context.getExecutionInput().getRawVariables().toMap());
    if (variable != null) {
      throw CodedErrors.refusal(
          CodedErrors.error(
              ErrorCode.INVALID_TEXT,
              "变量 $" + variable + " 含有空字符（U+0000）或不成对的代理字符",
              "Variable $"
                  + variable
                  + " holds a NUL character (U+0000) or an unpaired surrogate"));
    }
    return SimpleInstrumentationContext.noOp();
  }
}
