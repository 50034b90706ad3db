package org.zhifagongkai.api;

import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhifagongkai.api.importer.RegionTables;

/**
 * A portal of its own, without the sample, on its own database and index in {@code directory}, with
 * the region tables loaded: for tests that import real data and count exactly what they imported.
 */
public final class SeparatePortal {

  private SeparatePortal() {}

  public static ConfigurableApplicationContext start(Path directory) {
    ConfigurableApplicationContext app =
        SpringApplication.run(
            PortalApplication.class,
            "--portal.embedded-database.data-directory=" + directory.resolve("db"),
            "--portal.search.index-directory=" + directory.resolve("index"),
            "--portal.sample-data.enabled=false",
            "--server.port=0");
    app.getBean(RegionTables.class).load(SharedData.file("regions"), "2023").block();
    return app;
  }
}
