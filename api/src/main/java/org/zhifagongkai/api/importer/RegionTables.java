package org.zhifagongkai.api.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
  static final String UNKNOWN = "000000";

  private static final String SUFFIXES = "(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|县|区|盟|旗)$";

  private final DatabaseClient database;
  private final List<Named> names = new ArrayList<>();

  private record Named(String name, String code, int level) {}

  RegionTables(DatabaseClient database) {
    this.database = database;
  }

  /**
   * Loads {@code provinces.csv}, {@code cities.csv} and {@code areas.csv} from {@code directory}.
   */
  public Mono<Integer> load(Path directory, String revision) {
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
    names.clear();
    for (String[] row : rows) {
      int level = row[2].equals("PROVINCE") ? 0 : row[2].equals("CITY") ? 1 : 2;
      if (!row[0].equals(UNKNOWN) && !row[1].equals("市辖区") && !row[1].equals("县")) {
        names.add(new Named(row[1], row[0], level));
        String shortName = row[1].replaceAll(SUFFIXES, "");
        if (shortName.length() >= 2 && !shortName.equals(row[1])) {
          names.add(new Named(shortName, row[0], level));
        }
      }
    }
    names.sort(
        Comparator.comparingInt((Named n) -> -n.name().length()).thenComparingInt(Named::level));
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

  /**
   * The region the longest region name in {@code bodyName} refers to; the unknown region if none.
   */
  public String regionOf(@Nullable String bodyName, @Nullable String fallbackProvince) {
    String text = bodyName == null ? "" : bodyName;
    for (Named named : names) {
      if (text.contains(named.name())) {
        return named.code();
      }
    }
    if (fallbackProvince != null) {
      for (Named named : names) {
        if (named.level() == 0 && fallbackProvince.contains(named.name())) {
          return named.code();
        }
      }
    }
    return UNKNOWN;
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
