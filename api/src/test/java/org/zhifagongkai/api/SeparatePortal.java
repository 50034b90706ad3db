package org.zhifagongkai.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhifagongkai.api.importer.RegionTables;

/**
 * A portal of its own, without the sample, on its own database and index in {@code directory}, with
 * the region tables loaded: for tests that import real data and count exactly what they imported.
 */
public final class SeparatePortal {

  private SeparatePortal() {}

  public static ConfigurableApplicationContext start(Path directory, String... arguments) {
    List<String> all = new ArrayList<>();
    all.add("--portal.embedded-database.data-directory=" + directory.resolve("db"));
    all.add("--portal.search.index-directory=" + directory.resolve("index"));
    all.add("--portal.open-data.dump-directory=" + directory.resolve("open-data"));
    all.add("--portal.sample-data.enabled=false");
    all.add("--server.port=0");
    all.addAll(List.of(arguments));
    ConfigurableApplicationContext app =
        SpringApplication.run(PortalApplication.class, all.toArray(String[]::new));
    app.getBean(RegionTables.class).load(SharedData.file("regions"), "2023").block();
    return app;
  }
}
