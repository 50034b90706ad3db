package org.zhifagongkai.api.support;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of published HTML, one line per block (paragraph, list item, table row, line break),
 * so that labelled lines such as {@code 行政处罚决定书文号：…} stay lines. jsoup repairs what Word exports
 * and scrapers leave broken: unclosed tags, stray entities.
 */
public final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
          "section", "article", "td", "th");

  private HtmlText() {}

  public static String of(String html) {
    if (!html.contains("<") && !html.contains("&")) {
      return html.strip();
    }
    StringBuilder text = new StringBuilder();
    Jsoup.parseBodyFragment(html)
        .body()
        .traverse(
            new NodeVisitor() {
              @Override
              public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                  text.append(t.text());
                } else if (node instanceof Element e && e.nameIs("br")) {
                  text.append('\n');
                }
              }

              @Override
              public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                  text.append(
                      e.normalName().equals("td") || e.normalName().equals("th") ? " " : "\n");
                }
              }
            });
    return text.toString()
        .replace('\u00a0', ' ')
        .replaceAll("[ \\t]*\\n[\\s]*", "\n")
        .replaceAll("[ \\t]{2,}", " ")
        .strip();
  }
}
