package org.zhifagongkai.api.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.support.HtmlText;

/**
 * Reads a single published decision page: the document number, party, legal representative,
 * authority and date, from the page's title and text. jsoup parses what Word exports and scrapers
 * break (unclosed items, tags with their spaces deleted, undeclared encodings).
 */
public final class PageExtractor {

  private PageExtractor() {}

  /** What a page says. */
  public record Page(
      @Nullable String documentNumber,
      @Nullable String party,
      @Nullable String legalRepresentative,
      @Nullable String authority,
      @Nullable LocalDate date,
      String title,
      String text) {}

  public static Page extract(Path file) {
    try {
      return read(Jsoup.parse(file.toFile(), null));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  /** A page uploaded as bytes, its encoding declared or detected as a browser would. */
  public static Page extract(byte[] content) {
    try {
      return read(Jsoup.parse(new ByteArrayInputStream(content), null, ""));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the page", e);
    }
  }

  private static Page read(Document page) {
    String title = page.title().strip();
    String text = HtmlText.of(page.body() == null ? "" : page.body().html());
    ExtractedDecision read = DecisionTextExtractor.extract(title, text);
    return new Page(
        read.documentNumber(),
        read.party(),
        DecisionTextExtractor.legalRepresentative(text),
        read.authority(),
        read.decisionDate() == null ? null : read.decisionDate().day(),
        title,
        text);
  }
}
