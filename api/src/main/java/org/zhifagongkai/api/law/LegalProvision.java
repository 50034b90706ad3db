package org.zhifagongkai.api.law;

import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.support.ChineseNumerals;

/**
 * A provision of a legal text, addressed down to 条 ({@code article}), 款 ({@code paragraph}) and 项
 * ({@code item}); the lower parts are null when the provision is the whole of the part above.
 */
public record LegalProvision(
    long id,
    long lawId,
    String lawTitle,
    int article,
    @Nullable Integer paragraph,
    @Nullable Integer item,
    String text) {

  /** The usual citation: 《中华人民共和国大气污染防治法》第九十九条第一款第（二）项. */
  public String citation() {
    return citation(lawTitle, article, paragraph, item);
  }

  /** The citation of a provision of the text titled {@code lawTitle} (without book-title marks). */
  public static String citation(
      String lawTitle, int article, @Nullable Integer paragraph, @Nullable Integer item) {
    StringBuilder citation =
        new StringBuilder("《").append(lawTitle).append("》第").append(ChineseNumerals.of(article));
    citation.append('条');
    if (paragraph != null) {
      citation.append('第').append(ChineseNumerals.of(paragraph)).append('款');
    }
    if (item != null) {
      citation.append("第（").append(ChineseNumerals.of(item)).append("）项");
    }
    return citation.toString();
  }
}
