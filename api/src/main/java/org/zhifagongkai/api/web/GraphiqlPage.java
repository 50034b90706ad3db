package org.zhifagongkai.api.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves GraphiQL at {@code /graphiql} from the portal's own files ({@code static/graphiql/} of the
 * public site) instead of Spring's page, which loads its scripts from outside CDNs: the portal must
 * work without outside network, and its policy allows no other origin.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlPage {

  static final String PATH = "/graphiql";

  private static final Resource PAGE = new ClassPathResource("static/graphiql/index.html");

  @Bean
  RouterFunction<ServerResponse> graphiqlRoute() {
    return RouterFunctions.route(
        GET(PATH),
        request ->
            ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .bodyValue(PAGE));
  }
}
