package org.zhifagongkai.api.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Serves the public site's pages at their paths ({@code /decisions/123}, {@code /complain}…) from
 * the files of the public site ({@code static/}). Every page is the same file whatever the path's
 * id: it reads what it shows from the public GraphQL API, like any other client.
 *
 * <p>GraphiQL is served here too, from the portal's own files instead of Spring's page, which loads
 * its scripts from outside CDNs: the portal must work without outside network, and its policy
 * allows no other origin.
 */
@Configuration(proxyBeanMethods = false)
class SitePages {

  static final String GRAPHIQL = "/graphiql";

  /** Path → file under {@code static/}; each is sent as UTF-8 and revalidated on every visit. */
  private static final Map<String, String> PAGES =
      Map.of(
          "/",
          "index.html",
          GRAPHIQL,
          "graphiql/index.html",
          "/decisions/{id}",
          "decision.html",
          "/catalogue",
          "catalogue.html",
          "/check-fine",
          "check-fine.html",
          "/complain",
          "complain.html",
          "/track",
          "track.html",
          "/open-data",
          "open-data.html");

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  @Bean
  RouterFunction<ServerResponse> sitePageRoutes() {
    RouterFunctions.Builder routes = RouterFunctions.route();
    PAGES.forEach(
        (path, file) -> {
          Resource page = SiteFiles.siteFile(file);
          routes.GET(path, request -> page(page));
        });
    return routes.build();
  }

  private static Mono<ServerResponse> page(Resource page) {
    return ServerResponse.ok()
        .contentType(HTML)
        .cacheControl(CacheControl.noCache())
        .bodyValue(page);
  }
}
