package org.zhifagongkai.api.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scraped page's navigation and footer taken for its body (打印文档 相关链接 广东省人民政府 … 省级机构导航 …; 政府网站标识码
 * … ICP备 … 版权所有): no decision is in it, so the record has no body and its title stands for its
 * text.
 */
final class SiteChrome {

  private SiteChrome() {}

  private static final Pattern CHROME =
      Pattern.compile("打印文档|相关链接|相关\\s+链接|机构导航|政府网站标识码|ICP备|公网安备|网站地图|版权所有|浏览次数|字号：");

  /** What any decision says, however short. */
  private static final Pattern DECISION_WORDS = Pattern.compile("当事人|处罚|违法|违反|罚款|决定");

  /**
   * Whether {@code text} is only a site's chrome: two of its marks and none of a decision's words.
   */
  static boolean isOnly(String text) {
    Matcher marks = CHROME.matcher(text);
    int count = 0;
    while (marks.find()) {
      count++;
    }
    return count >= 2 && !DECISION_WORDS.matcher(text).find();
  }
}
