package org.zhifagongkai.api.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.support.Binds;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads the national region table (provinces, cities, counties; GB/T 2260 as published in the
 * 统计用区划代码 tables) and finds the region a body's name refers to ({@code 昆明市环保局} → 昆明市).
 */
@Component
public class RegionTables {

  /** The region of records whose body's region cannot be read from its name. */
  static final String UNKNOWN = RegionNames.UNKNOWN;

  private final DatabaseClient database;
  private volatile RegionNames names = new RegionNames(List.of());

  RegionTables(DatabaseClient database) {
    this.database = database;
  }

  /**
   * Loads {@code provinces.csv}, {@code cities.csv} and {@code areas.csv} from {@code directory}.
   */
  public Mono<Integer> load(Path directory, String revision) {
    List<String[]> rows = rows(directory);
    names = new RegionNames(rows);
    return Flux.fromIterable(rows)
        .concatMap(
            row ->
                Binds.bind(
                        database
                            .sql(
                                "insert into region (code, name, level, parent_code, revision)"
                                    + " select :code, :name, :level, :parent, :revision"
                                    + " where :parent is null"
                                    + " or exists (select 1 from region where code = :parent)"
                                    + " on conflict do nothing")
                            .bind("code", row[0])
                            .bind("name", row[1])
                            .bind("level", row[2])
                            .bind("revision", revision),
                        "parent",
                        row[3],
                        String.class)
                    .fetch()
                    .rowsUpdated())
        .reduce(0L, Long::sum)
        .map(Long::intValue);
  }

  /** The region {@code bodyName} refers to, as {@link RegionNames} reads it. */
  public String regionOf(@Nullable String bodyName, @Nullable String fallbackProvince) {
    return names.regionOf(bodyName, fallbackProvince);
  }

  /** Code, name, level and parent of every region in the tables of {@code directory}. */
  static List<String[]> rows(Path directory) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {UNKNOWN, "全国（未能识别地区）", "PROVINCE", null});
    for (String[] p : csv(directory.resolve("provinces.csv"))) {
      rows.add(new String[] {p[0] + "0000", p[1], "PROVINCE", null});
    }
    for (String[] c : csv(directory.resolve("cities.csv"))) {
      rows.add(new String[] {c[0] + "00", c[1], "CITY", c[2] + "0000"});
    }
    for (String[] a : csv(directory.resolve("areas.csv"))) {
      rows.add(new String[] {a[0], a[1], "COUNTY", a[2] + "00"});
    }
    return rows;
  }

  private static List<String[]> csv(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.split(",");
        for (int i = 0; i < fields.length; i++) {
          fields[i] = fields[i].replace("\"", "").strip();
        }
        rows.add(fields);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }
}
