package org.zhifagongkai.api.opendata;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.HEAD;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
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
      ServedDumps dumps,
      ReportFiles reports) {
    Files files = new Files(exports, dictionary, catalog, dumps, reports);
    return RouterFunctions.route(
            GET(DcatCatalog.PATH + "{file}"), request -> answer(request, files))
        // HEAD too: download tools ask a file's size before resuming it with a range.
        .andRoute(
            GET(DcatCatalog.PATH + "dumps/{file}").or(HEAD(DcatCatalog.PATH + "dumps/{file}")),
            request -> dump(request, dumps));
  }

  /**
   * A dump, with its ETag and time so that a download can be resumed with a range. A dump of the
   * day is written again when it goes out of date; a resume whose {@code If-Range} names another
   * version gets the whole new file rather than its tail glued to the old one's head.
   */
  private static Mono<ServerResponse> dump(ServerRequest request, ServedDumps dumps) {
    String fileName = request.pathVariable("file");
    return dumps
        .named(fileName)
        .flatMap(
            found ->
                found.isEmpty()
                    ? refusal(PortalException.notFound("开放数据存档", "dump", fileName))
                    : dump(request, found.get(), dumps.path(found.get())));
  }

  private static Mono<ServerResponse> dump(
      ServerRequest request, DumpFiles.Dump dump, java.nio.file.Path file) {
    String etag = dump.etag();
    return request
        .checkNotModified(etag)
        .switchIfEmpty(
            Mono.defer(
                () -> {
                  ServerResponse.BodyBuilder ok =
                      ServerResponse.ok()
                          .contentType(GZIP)
                          .eTag(etag)
                          .lastModified(dump.modified())
                          .header(
                              HttpHeaders.CONTENT_DISPOSITION,
                              ContentDisposition.attachment()
                                  .filename(dump.fileName())
                                  .build()
                                  .toString());
                  String ifRange = request.headers().firstHeader(HttpHeaders.IF_RANGE);
                  if (ifRange != null && !ifRange.equals(etag)) {
                    // Read as plain bytes, which no range applies to.
                    return ok.contentLength(dump.bytes())
                        .body(
                            BodyInserters.fromDataBuffers(
                                DataBufferUtils.read(
                                    file, DefaultDataBufferFactory.sharedInstance, 1 << 16)));
                  }
                  return ok.body(BodyInserters.fromResource(new FileSystemResource(file)));
                }));
  }

  /** What answers under {@code /open-data/}. */
  private record Files(
      OpenDataService exports,
      FieldDictionary dictionary,
      DcatCatalog catalog,
      ServedDumps dumps,
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
              files
                  .dumps()
                  .all()
                  .map(catalog::dumps)
                  .flatMap(
                      list ->
                          ServerResponse.ok()
                              .contentType(MediaType.APPLICATION_JSON)
                              .bodyValue(list));
          case "catalog.jsonld" ->
              files
                  .dumps()
                  .all()
                  .map(catalog::of)
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
