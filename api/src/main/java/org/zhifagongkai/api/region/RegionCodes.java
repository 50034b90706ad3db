package org.zhifagongkai.api.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/**
 * The structure of region codes: digits 1–2 the province, 3–4 the city, 5–6 the county, 7–9 the
 * town. A region's descendants are exactly the codes that start with its significant digits.
 */
public final class RegionCodes {

  private static final Pattern CODE = Pattern.compile("[0-9]{6}([0-9]{3})?");

  private RegionCodes() {}

  /** The code with surrounding spaces removed, or an INVALID_REGION_CODE error if malformed. */
  public static String normalize(String code) {
    String trimmed = code.strip();
    if (!CODE.matcher(trimmed).matches()) {
      throw new PortalException(
          ErrorCode.INVALID_REGION_CODE,
          "行政区划代码应为 6 位或 9 位数字：" + code,
          "A region code has 6 or 9 digits: " + code);
    }
    return trimmed;
  }

  public static @Nullable String normalizeOptional(@Nullable String code) {
    return code == null ? null : normalize(code);
  }

  /** The prefix shared by the code and every code below it ({@code 990100} → {@code 9901}). */
  public static String descendantPrefix(String code) {
    if (code.length() == 9) {
      return code;
    }
    if (code.endsWith("0000")) {
      return code.substring(0, 2);
    }
    if (code.endsWith("00")) {
      return code.substring(0, 4);
    }
    return code;
  }

  /**
   * The codes from the province down to {@code code} itself ({@code 990102} → 990000, 990100,
   * 990102).
   */
  public static List<String> ancestry(String code) {
    List<String> path = new ArrayList<>();
    for (String level :
        List.of(
            code.substring(0, 2) + "0000",
            code.substring(0, 4) + "00",
            code.substring(0, 6),
            code)) {
      if (path.isEmpty() || !path.getLast().equals(level)) {
        path.add(level);
      }
    }
    return path;
  }
}
