package org.zhifagongkai.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.UrlResource;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Serves the public site's files (styles, scripts, icons, GraphiQL's, the charts' webjar) from
 * where their folders were found at start. A {@code classpath:} location is looked up again in
 * every jar of the application on each access, a few times per file sent: in the packaged portal
 * that cost more processor time than a GraphQL request. Boot's own mappings are off ({@code
 * spring.web.resources.add-mappings}), so these are the only ones.
 */
@Configuration(proxyBeanMethods = false)
class SiteFiles implements WebFluxConfigurer {

  private static final String SITE = "static/";
  private static final String WEBJARS = "META-INF/resources/webjars/";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/webjars/**").addResourceLocations(everywhere(WEBJARS));
    registry.addResourceHandler("/**").addResourceLocations(everywhere(SITE));
  }

  /** One file of the public site, e.g. {@code index.html}, from the first copy found at start. */
  static Resource siteFile(String name) {
    try {
      return new UrlResource(everywhere(SITE)[0]).createRelative(name);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Not a file name: " + name, e);
    }
  }

  /** Every jar's or directory's copy of {@code folder}, as the classpath location would find. */
  private static String[] everywhere(String folder) {
    try {
      List<String> found = new ArrayList<>();
      SiteFiles.class
          .getClassLoader()
          .getResources(folder)
          .asIterator()
          .forEachRemaining(url -> found.add(url.toString()));
      if (found.isEmpty()) {
        throw new IllegalStateException("The public site's files are missing: no " + folder);
      }
      return found.toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not look for " + folder, e);
    }
  }
}
