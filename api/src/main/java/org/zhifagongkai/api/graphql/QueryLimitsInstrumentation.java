package org.zhifagongkai.api.graphql;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Enforces {@link QueryLimits} inside the engine: refuses an operation whose {@link QueryShape} is
 * beyond the limits before it runs, stops fetching once the request is past its time, replaces an
 * answer too large to send, and tells every client what its request cost in {@code extensions.cost}
 * ({@code {requested, limit}}).
 */
@Component
@Order(2)
class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

  private final QueryLimits limits;

  QueryLimitsInstrumentation(QueryLimits limits) {
    this.limits = limits;
  }

  /** What one request measured, and when it must stop fetching. */
  private static final class Measured implements InstrumentationState {
    final long deadline;
    volatile @Nullable QueryShape shape;

    Measured(long deadline) {
      this.deadline = deadline;
    }
  }

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    return new Measured(System.nanoTime() + limits.timeout().toNanos());
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    QueryShape shape =
        QueryShape.measure(
            context.getGraphQLSchema(),
            context.getOperationDefinition(),
            context.getFragmentsByName(),
            context.getCoercedVariables().toMap(),
            limits.maxFields());
    if (shape.fields() > limits.maxFields()) {
      throw CodedErrors.refusal(Refusals.tooManyFields(limits.maxFields()));
    }
    ((Measured) state).shape = shape;
    if (shape.depth() > limits.maxDepth()) {
      throw CodedErrors.refusal(Refusals.tooDeep(shape.depth(), limits.maxDepth()));
    }
    if (shape.cost() > limits.maxCost()) {
      throw CodedErrors.refusal(Refusals.tooCostly(cost(shape)));
    }
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> fetcher,
      InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    if (parameters.isTrivialDataFetcher()) {
      return fetcher;
    }
    long deadline = ((Measured) state).deadline;
    return environment -> {
      if (System.nanoTime() - deadline > 0) {
        // the client has had its QUERY_TIMEOUT answer; fetch nothing more for it
        throw new PortalException(
            ErrorCode.QUERY_TIMEOUT, Refusals.TIMEOUT_ZH, Refusals.TIMEOUT_EN);
      }
      return fetcher.get(environment);
    };
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    QueryShape shape = ((Measured) state).shape;
    if (shape == null) {
      return CompletableFuture.completedFuture(result); // invalid, or refused unmeasured
    }
    ExecutionResult answer = result;
    if (JsonSize.exceeds(result.getData(), limits.maxResponseBytes())) {
      answer =
          ExecutionResult.newExecutionResult()
              .errors(List.of(Refusals.responseTooLarge(limits.maxResponseBytes())))
              .extensions(result.getExtensions())
              .build();
    }
    return CompletableFuture.completedFuture(
        answer.transform(builder -> builder.addExtension("cost", cost(shape))));
  }

  private Map<String, Object> cost(QueryShape shape) {
    Map<String, Object> cost = new LinkedHashMap<>();
    cost.put("requested", shape.cost());
    cost.put("limit", limits.maxCost());
    return cost;
  }
}
