package org.zhifagongkai.api.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the region a body's name refers to: {@code 昆明市环保局} → 昆明市, {@code 温州市鹿城区市场监督管理局} → 鹿城区.
 *
 * <p>The longest name found anchors the search (a city name, as it is longer or as long, wins over
 * a short county name that happens to appear, as 新城 in 舟山市…新城分局); then a region within the anchor
 * that is also named refines it, down to the county.
 */
final class RegionNames {

  /** The region of records whose body's region cannot be read from its name. */
  static final String UNKNOWN = "000000";

  private static final String SUFFIXES = "(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|县|区|盟|旗)$";

  private record Named(String name, String code, int level) {

    /** Whether {@code other} lies within this region. */
    boolean contains(Named other) {
      String prefix = code.substring(0, 2 + 2 * level);
      return other.level > level && other.code.startsWith(prefix);
    }
  }

  private final List<Named> names = new ArrayList<>();

  /** Rows of code, name and level (PROVINCE, CITY or COUNTY). */
  RegionNames(List<String[]> regions) {
    for (String[] row : regions) {
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
  }

  /**
   * The region {@code bodyName} refers to; else the province named in {@code fallbackProvince};
   * else {@link #UNKNOWN}.
   */
  String regionOf(@Nullable String bodyName, @Nullable String fallbackProvince) {
    String text = bodyName == null ? "" : bodyName;
    Named anchor = names.stream().filter(n -> text.contains(n.name())).findFirst().orElse(null);
    if (anchor != null) {
      Named inner;
      while ((inner = within(anchor, text)) != null) {
        anchor = inner;
      }
      return anchor.code();
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

  /**
   * The next level's region within {@code outer} that {@code text} names, the longest name first.
   */
  private @Nullable Named within(Named outer, String text) {
    return names.stream()
        .filter(n -> n.level() == outer.level() + 1 && outer.contains(n) && text.contains(n.name()))
        .findFirst()
        .orElse(null);
  }
}
