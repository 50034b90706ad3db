package org.zhifagongkai.api.opendata;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.zhifagongkai.api.graphql.HttpErrors;
import org.zhifagongkai.api.graphql.PortalException;
import reactor.core.publisher.Mono;

/**
 * {@code GET /open-data/{dataset}.csv|.jsonl} with the listing's filter as query parameters, {@code
 * /open-data/dictionary.csv} and {@code /open-data/catalog.jsonld}. Public, like every read.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataController {

  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");
  private static final MediaType GZIP = MediaType.parseMediaType("application/gzip");
  private static final MediaType JSON_LD =
      MediaType.parseMediaType("application/ld+json;charset=UTF-8");

  @Bean
  RouterFunction<ServerResponse> openDataRoutes(
      OpenDataService exports,
      FieldDictionary dictionary,
      DcatCatalog catalog,
      DumpFiles dumps,
      ReportFiles reports) {
    Files files = new Files(exports, dictionary, catalog, dumps, reports);
    return RouterFunctions.route(
            GET(DcatCatalog.PATH + "{file}"), request -> answer(request, files))
        .andRoute(
            GET(DcatCatalog.PATH + "dumps/{file}"),
            request -> dump(request.pathVariable("file"), dumps));
  }

  private static Mono<ServerResponse> dump(String fileName, DumpFiles dumps) {
    return Mono.fromSupplier(() -> dumps.file(fileName))
        .flatMap(
            file ->
                file.isEmpty()
                    ? refusal(PortalException.notFound("开放数据存档", "dump", fileName))
                    : ServerResponse.ok()
                        .contentType(GZIP)
                        .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(fileName).build().toString())
                        .body(BodyInserters.fromResource(new FileSystemResource(file.get()))));
  }

  /** What answers under {@code /open-data/}. */
  private record Files(
      OpenDataService exports,
      FieldDictionary dictionary,
      DcatCatalog catalog,
      DumpFiles dumps,
      ReportFiles reports) {}

  private static Mono<ServerResponse> answer(ServerRequest request, Files files) {
    String file = request.pathVariable("file");
    OpenDataService exports = files.exports();
    FieldDictionary dictionary = files.dictionary();
    DcatCatalog catalog = files.catalog();
    ReportFiles reports = files.reports();
    Mono<ServerResponse> response =
        switch (file) {
          case "dictionary.csv" ->
              Mono.fromSupplier(dictionary::csv)
                  .flatMap(csv -> ServerResponse.ok().contentType(CSV).bodyValue(csv));
          case "inspection-report.md" ->
              reports
                  .markdown(request.queryParams())
                  .flatMap(md -> ServerResponse.ok().contentType(MARKDOWN).bodyValue(md));
          case "inspection-report.csv" ->
              reports
                  .csv(request.queryParams())
                  .flatMap(csv -> ServerResponse.ok().contentType(CSV).bodyValue(csv));
          case "dumps.json" ->
              Mono.fromSupplier(() -> catalog.dumps(files.dumps().all()))
                  .flatMap(
                      list ->
                          ServerResponse.ok()
                              .contentType(MediaType.APPLICATION_JSON)
                              .bodyValue(list));
          case "catalog.jsonld" ->
              Mono.fromSupplier(() -> catalog.of(files.dumps().all()))
                  .flatMap(json -> ServerResponse.ok().contentType(JSON_LD).bodyValue(json));
          default -> exportOf(file, request, exports);
        };
    return response.onErrorResume(PortalException.class, OpenDataController::refusal);
  }

  private static Mono<ServerResponse> exportOf(
      String file, ServerRequest request, OpenDataService exports) {
    int dot = file.lastIndexOf('.');
    ExportFormat format = dot < 0 ? null : formatOf(file.substring(dot + 1));
    if (format == null) {
      return Mono.error(PortalException.notFound("开放数据文件", "open data file", file));
    }
    return exports
        .export(file.substring(0, dot), format, request.queryParams())
        .flatMap(
            export ->
                ServerResponse.ok()
                    .contentType(MediaType.parseMediaType(format.mediaType()))
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                            .filename(export.fileName())
                            .build()
                            .toString())
                    .body(
                        BodyInserters.fromDataBuffers(
                            export.chunks().map(OpenDataController::bytes))));
  }

  private static @org.jspecify.annotations.Nullable ExportFormat formatOf(String extension) {
    for (ExportFormat format : ExportFormat.values()) {
      if (format.extension().equals(extension)) {
        return format;
      }
    }
    return null;
  }

  private static DataBuffer bytes(String text) {
    return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Mono<ServerResponse> refusal(PortalException e) {
    HttpStatus status =
        switch (e.code()) {
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
          default -> HttpStatus.BAD_REQUEST;
        };
    Map<String, Object> body = HttpErrors.body(e);
    return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).bodyValue(body);
  }

}
