package org.zhifagongkai.api.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.support.ChineseNumerals;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Imports a law or regulation from Markdown: a {@code # title} line, chapter headings, and one
 * paragraph per line, each article starting {@code 第…条}; the version date is in the file name
 * ({@code 行政处罚法(2021-01-22).md}). Each article becomes one provision holding its paragraphs.
 * Re-importing a version updates its articles in place.
 */
@Component
public class LawImporter {

  private static final Pattern ARTICLE =
      Pattern.compile("^第([零〇一二两三四五六七八九十百千]+)条(?:之[一二三四五六七八九十]+)?\\s*(.*)$");
  private static final Pattern VERSION = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)");

  private final DatabaseClient database;
  private final TransactionalOperator transaction;

  LawImporter(DatabaseClient database, TransactionalOperator transaction) {
    this.database = database;
    this.transaction = transaction;
  }

  /** An article and its paragraphs. */
  record Article(int number, String text) {}

  /** What an import wrote. */
  public record Report(long lawId, String title, int articles) {}

  public Report importFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher version = VERSION.matcher(file.getFileName().toString());
    if (!version.find()) {
      throw new IllegalArgumentException("No version date in the file name: " + file);
    }
    String title =
        text.lines().filter(l -> l.startsWith("# ")).findFirst().orElseThrow().substring(2).strip();
    List<Article> articles = articles(text);
    LocalDate versionDate = LocalDate.parse(version.group(1));
    Mono<Long> write =
        law(title, versionDate)
            .flatMap(
                lawId ->
                    Flux.fromIterable(articles)
                        .concatMap(article -> provision(lawId, article))
                        .then(Mono.just(lawId)));
    long lawId = transaction.transactional(write).block();
    return new Report(lawId, title, articles.size());
  }

  /** The articles in order; an article runs until the next article or heading. */
  static List<Article> articles(String markdown) {
    List<Article> articles = new ArrayList<>();
    Integer number = null;
    StringBuilder paragraphs = new StringBuilder();
    boolean body = !markdown.contains("<!-- INFO END -->");
    for (String line : markdown.lines().map(String::strip).toList()) {
      if (line.equals("<!-- INFO END -->")) {
        body = true;
        continue;
      }
      if (!body || line.isEmpty()) {
        continue;
      }
      Matcher article = ARTICLE.matcher(line);
      if (article.matches() || line.startsWith("#")) {
        if (number != null) {
          articles.add(new Article(number, paragraphs.toString()));
        }
        number = article.matches() ? (int) ChineseNumerals.parse(article.group(1)) : null;
        paragraphs.setLength(0);
        if (article.matches()) {
          paragraphs.append(article.group(2));
        }
      } else if (number != null) {
        paragraphs.append('\n').append(line);
      }
    }
    if (number != null) {
      articles.add(new Article(number, paragraphs.toString()));
    }
    return articles;
  }

  private Mono<Long> law(String title, LocalDate versionDate) {
    return database
        .sql(
            """
            insert into law (title, kind, issuer, version_date, effective_from)
            values (:title, :kind, :issuer, :version, :version)
            on conflict (title, version_date) do update set kind = excluded.kind
            returning id
            """)
        .bind("title", title)
        .bind("kind", kind(title))
        .bind("issuer", issuer(title))
        .bind("version", versionDate)
        .map(row -> Rows.id(row, "id"))
        .one();
  }

  private Mono<Void> provision(long lawId, Article article) {
    return database
        .sql(
            """
            insert into legal_provision (law_id, article, text) values (:law, :article, :text)
            on conflict (law_id, article, paragraph, item) do update set text = excluded.text
            """)
        .bind("law", lawId)
        .bind("article", article.number())
        .bind("text", article.text())
        .then();
  }

  /** 法 is a law of the NPC; 条例 of the State Council unless a place names it; others are rules. */
  static String kind(String title) {
    boolean local = title.matches("^[^中]{2,}?(省|市|自治区|区|县).*");
    if (title.endsWith("法")) {
      return "LAW";
    }
    if (title.endsWith("条例")) {
      return local ? "LOCAL_REGULATION" : "ADMINISTRATIVE_REGULATION";
    }
    return "RULE";
  }

  private static String issuer(String title) {
    return switch (kind(title)) {
      case "LAW" -> "全国人民代表大会及其常务委员会";
      case "ADMINISTRATIVE_REGULATION" -> "国务院";
      case "LOCAL_REGULATION" -> "地方人民代表大会常务委员会";
      default -> "国务院部门或地方人民政府";
    };
  }
}
