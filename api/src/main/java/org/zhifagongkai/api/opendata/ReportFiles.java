package org.zhifagongkai.api.opendata;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.inspection.InspectionReport;
import org.zhifagongkai.api.inspection.InspectionReportDocuments;
import org.zhifagongkai.api.inspection.InspectionReportService;
import reactor.core.publisher.Mono;

/** {@code /open-data/inspection-report.md} and {@code .csv}: the report as files. */
@Component
class ReportFiles {

  private static final Set<String> PARAMETERS = Set.of("regionCode", "from", "to");

  private final InspectionReportService reports;

  ReportFiles(InspectionReportService reports) {
    this.reports = reports;
  }

  Mono<String> markdown(Map<String, List<String>> parameters) {
    return report(parameters).map(InspectionReportDocuments::markdown);
  }

  Mono<String> csv(Map<String, List<String>> parameters) {
    return report(parameters)
        .map(
            report ->
                CsvLine.file(
                    InspectionReportDocuments.COLUMNS, InspectionReportDocuments.rows(report)));
  }

  private Mono<InspectionReport> report(Map<String, List<String>> parameters) {
    return Mono.defer(
        () -> {
          ExportParameters given = ExportParameters.of(parameters, PARAMETERS);
          String region = given.text("regionCode");
          if (region == null) {
            throw new PortalException(
                ErrorCode.INVALID_REQUEST,
                "请给出 regionCode（行政区划代码）",
                "Give regionCode, the code of the region to report on");
          }
          return reports.report(region, given.date("from"), given.date("to"));
        });
  }
}
