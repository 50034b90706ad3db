package org.zhifagongkai.api.embedded;

import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at an embedded PostgreSQL when no external database is configured.
 *
 * <p>It runs before any bean exists, because R2DBC and Flyway read their URLs from the environment.
 * With {@code spring.r2dbc.url} set, or {@code portal.embedded-database.enabled=false}, it does
 * nothing.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor {

  static final String DATA_DIRECTORY = "portal.embedded-database.data-directory";
  static final String DEFAULT_DATA_DIRECTORY = "data/postgres";
  private final Log log;

  /** Logs through Spring Boot's deferred log: logging is not set up yet when this runs. */
  public EmbeddedDatabaseEnvironment(DeferredLogFactory logs) {
    this.log = logs.getLog(EmbeddedDatabaseEnvironment.class);
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.containsProperty("spring.r2dbc.url")
        || !environment.getProperty("portal.embedded-database.enabled", Boolean.class, true)) {
      return;
    }
    Path dataDirectory = Path.of(environment.getProperty(DATA_DIRECTORY, DEFAULT_DATA_DIRECTORY));
    EmbeddedDatabase database = EmbeddedDatabase.acquire(dataDirectory, log);
    log.info(
        "Embedded PostgreSQL on port " + database.port() + ", data in " + database.dataDirectory());
    String hostAndPort = "localhost:" + database.port() + "/postgres";
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "embeddedDatabase",
                Map.of(
                    "spring.r2dbc.url", "r2dbc:postgresql://" + hostAndPort,
                    "spring.r2dbc.username", "postgres",
                    "spring.flyway.url", "jdbc:postgresql://" + hostAndPort,
                    "spring.flyway.user", "postgres",
                    "portal.embedded-database.active", "true")));
    // Released as the application's first registered disposable, so last destroyed: after every
    // lifecycle bean (the search indexer among them) has stopped using the database.
    application.addListeners(
        (ApplicationListener<ApplicationPreparedEvent>)
            event -> {
              if (event.getApplicationContext().getBeanFactory()
                  instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean("embeddedDatabaseRelease", database::release);
              }
            });
  }
}
