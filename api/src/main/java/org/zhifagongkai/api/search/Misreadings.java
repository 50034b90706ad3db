package org.zhifagongkai.api.search;

import java.util.regex.Pattern;

/**
 * What scanned lists misread in a company's form and people copy from them: 有眼公司 and 有娘公司 for 有限公司,
 * 有眼责任公司 for 有限责任公司 (信用甘肃's blacklists). A query is read as the form it stands for; no decision is
 * named with the misreading.
 */
final class Misreadings {

  private static final Pattern LIMITED = Pattern.compile("有[眼娘]((?:责任)?公司)");

  private Misreadings() {}

  static String corrected(String query) {
    return LIMITED.matcher(query).replaceAll("有限$1");
  }
}
