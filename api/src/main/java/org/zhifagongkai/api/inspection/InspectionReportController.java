package org.zhifagongkai.api.inspection;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code inspectionReport}: public, like the figures it gathers. */
@Controller
class InspectionReportController {

  private final InspectionReportService reports;

  InspectionReportController(InspectionReportService reports) {
    this.reports = reports;
  }

  @QueryMapping
  Mono<InspectionReport> inspectionReport(
      @Argument String regionCode,
      @Argument @Nullable LocalDate from,
      @Argument @Nullable LocalDate to) {
    return reports.report(regionCode, from, to);
  }
}
