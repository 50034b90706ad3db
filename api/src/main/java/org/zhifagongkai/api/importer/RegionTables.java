package org.zhifagongkai.api.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

  /** The revision of the table the portal ships. */
  static final String BUILT_IN_REVISION = "2023";

  private final DatabaseClient database;
  private final Map<String, String[]> builtIn;
  private volatile RegionNames names;

  RegionTables(DatabaseClient database) {
    this.database = database;
    List<String[]> rows = rows(file -> resource("regions/" + file));
    this.builtIn = new HashMap<>();
    // A city without counties (东莞市) is listed again as its own county: the city row stands.
    rows.forEach(row -> builtIn.putIfAbsent(row[0], row));
    this.names = new RegionNames(rows);
  }

  /**
   * Makes sure {@code code} and the regions above it are in the database, from the table the portal
   * ships, so that a body can be placed there on any portal. A code the table does not know is
   * refused with what to give instead.
   */
  public Mono<Void> ensure(String code) {
    List<String[]> chain = new ArrayList<>();
    // Province, city, county: a chain longer than that would be a loop in the table.
    for (String[] row = builtIn.get(code);
        row != null && chain.size() < 3;
        row = row[3] == null ? null : builtIn.get(row[3])) {
      chain.addFirst(row);
    }
    if (chain.isEmpty()) {
      return database
          .sql("select 1 from region where code = :code")
          .bind("code", code)
          .fetch()
          .first()
          .switchIfEmpty(Mono.error(() -> unknownRegion(code)))
          .then();
    }
    return insert(Flux.fromIterable(chain), BUILT_IN_REVISION).then();
  }

  private static IllegalArgumentException unknownRegion(String code) {
    return new IllegalArgumentException(
        "区划代码 "
            + code
            + " 不在全国区划表中：请用 --import.regions 给出包含它的区划表 / region "
            + code
            + " is not in the national table: give one that has it with --import.regions");
  }

  /**
   * Loads {@code provinces.csv}, {@code cities.csv} and {@code areas.csv} from {@code directory}.
   */
  public Mono<Integer> load(Path directory, String revision) {
    List<String[]> rows = rows(directory);
    names = new RegionNames(rows);
    return insert(Flux.fromIterable(rows), revision);
  }

  private Mono<Integer> insert(Flux<String[]> rows, String revision) {
    return rows.concatMap(
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
    return rows(
        file -> {
          try {
            return Files.readAllLines(directory.resolve(file));
          } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + directory.resolve(file), e);
          }
        });
  }

  private static List<String[]> rows(Function<String, List<String>> tables) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {UNKNOWN, "全国（未能识别地区）", "PROVINCE", null});
    for (String[] p : csv(tables.apply("provinces.csv"))) {
      rows.add(new String[] {p[0] + "0000", p[1], "PROVINCE", null});
    }
    for (String[] c : csv(tables.apply("cities.csv"))) {
      rows.add(new String[] {c[0] + "00", c[1], "CITY", c[2] + "0000"});
    }
    for (String[] a : csv(tables.apply("areas.csv"))) {
      rows.add(new String[] {a[0], a[1], "COUNTY", a[2] + "00"});
    }
    return rows;
  }

  private static List<String> resource(String name) {
    try (var in = RegionTables.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The portal's region table is missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + name, e);
    }
  }

  private static List<String[]> csv(List<String> lines) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      for (int i = 0; i < fields.length; i++) {
        fields[i] = fields[i].replace("\"", "").strip();
      }
      rows.add(fields);
    }
    return rows;
  }
}
