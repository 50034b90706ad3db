package org.zhifagongkai.api.opendata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.paging.SqlConditions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Exports whole datasets. The filter is checked before anything is sent, so a bad parameter is a
 * coded error and not a truncated file; then rows stream from the database in chunks as the client
 * reads them. Each export holds a database connection while it runs, so only a few run at once.
 */
@Service
public class OpenDataService {

  private static final int ROWS_PER_CHUNK = 64;
  private static final java.time.Duration STALLED = java.time.Duration.ofMinutes(2);

  /** An export ready to stream: its file name, format and the text of the file in chunks. */
  record Export(String fileName, ExportFormat format, Flux<String> chunks) {}

  private final OpenDatasets datasets;
  private final ExportRows rows;
  private final Semaphore running;
  private final Clock clock;

  OpenDataService(
      OpenDatasets datasets,
      ExportRows rows,
      Clock clock,
      @Value("${portal.open-data.concurrent-exports:4}") int concurrentExports) {
    this.datasets = datasets;
    this.rows = rows;
    this.clock = clock;
    this.running = new Semaphore(concurrentExports);
  }

  /**
   * The export of {@code datasetName} filtered by {@code parameters}; NOT_FOUND for an unknown
   * dataset, INVALID_REQUEST (or the listing's own code) for a bad filter, RATE_LIMITED while the
   * allowed number of exports already run. The caller must subscribe to the chunks, which frees the
   * export's place when they end, fail or are cancelled.
   */
  Mono<Export> export(
      String datasetName, ExportFormat format, Map<String, List<String>> parameters) {
    return Mono.defer(
        () -> {
          OpenDataset dataset = datasets.named(datasetName);
          ExportParameters given = ExportParameters.of(parameters, dataset.parameters());
          return dataset.conditions().apply(given).flatMap(where -> start(dataset, format, where));
        });
  }

  private Mono<Export> start(OpenDataset dataset, ExportFormat format, SqlConditions where) {
    if (!running.tryAcquire()) {
      return Mono.error(busy());
    }
    Flux<String> chunks =
        Flux.concat(header(dataset, format), body(dataset, format, where))
            .buffer(ROWS_PER_CHUNK)
            .map(lines -> String.join("", lines))
            // A client that stops reading must not hold its place and connection.
            .timeout(STALLED)
            .doFinally(signal -> running.release());
    return Mono.just(new Export(fileName(dataset, format), format, chunks));
  }

  private Flux<String> header(OpenDataset dataset, ExportFormat format) {
    return format == ExportFormat.CSV
        ? Flux.just(CsvLine.fileHeader(dataset.columns().stream().map(Column::name).toList()))
        : Flux.empty();
  }

  private Flux<String> body(OpenDataset dataset, ExportFormat format, SqlConditions where) {
    return rows.rows(dataset, where)
        .map(
            values ->
                format == ExportFormat.CSV
                    ? CsvLine.of(values)
                    : JsonLine.of(dataset.columns(), values));
  }

  private String fileName(OpenDataset dataset, ExportFormat format) {
    return dataset.name() + "-" + LocalDate.now(clock) + "." + format.extension();
  }

  private static PortalException busy() {
    return new PortalException(
        ErrorCode.RATE_LIMITED,
        "同时进行的导出已达上限，请稍后再试",
        "Too many exports are running; try again shortly");
  }
}
