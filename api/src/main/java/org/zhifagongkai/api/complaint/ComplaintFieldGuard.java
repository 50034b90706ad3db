package org.zhifagongkai.api.complaint;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Applies {@link ComplaintVisibility} to every field of {@code Complaint} before it is fetched: a
 * part the reader may not see answers null and loads nothing, a complaint without a reader or a
 * field nobody classified is an internal error rather than a leak.
 */
@Component
public class ComplaintFieldGuard extends SimplePerformantInstrumentation {

  static final String TYPE = "Complaint";

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> fetcher,
      InstrumentationFieldFetchParameters parameters,
      @Nullable InstrumentationState state) {
    var step = parameters.getExecutionStepInfo();
    if (!TYPE.equals(step.getObjectType().getName())) {
      return fetcher;
    }
    String field = step.getFieldDefinition().getName();
    ComplaintVisibility.Part part = ComplaintVisibility.partOf(field);
    return environment -> {
      Complaint complaint = environment.getSource();
      if (part == null) {
        throw new IllegalStateException(
            "Complaint." + field + " is not classified in ComplaintVisibility");
      }
      if (complaint == null || complaint.viewer() == Viewer.NOBODY) {
        throw new IllegalStateException("A complaint reached the API without its reader");
      }
      return ComplaintVisibility.shows(complaint, part) ? fetcher.get(environment) : null;
    };
  }
}
