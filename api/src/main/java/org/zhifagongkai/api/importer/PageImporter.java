package org.zhifagongkai.api.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Imports decisions from their single published pages (HTML as the body's site serves it): each
 * page read by {@link PageExtractor}, then the corpus import path, which tells notices from
 * decisions, masks and redacts, and updates a page imported before instead of adding it twice.
 */
@Component
public class PageImporter {

  private static final Pattern PAGE = Pattern.compile("(?i).*\\.html?$");

  private final CorpusImporter corpus;

  PageImporter(CorpusImporter corpus) {
    this.corpus = corpus;
  }

  /**
   * Imports a page, or every {@code .html}/{@code .htm} page of a folder in name order; the report
   * numbers them from 1 in that order.
   */
  public CorpusImporter.Report importPages(Path pageOrFolder, @Nullable String province) {
    List<Path> pages = pages(pageOrFolder);
    List<PublishedRecord> records = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Path page = pages.get(i);
      records.add(
          record(i + 1, page.getFileName().toString(), province, PageExtractor.extract(page)));
    }
    return corpus.importRecords(records);
  }

  /** A page a body's staff upload: the body's own decision. */
  CorpusImporter.Report importUpload(
      byte[] content, String fileName, CorpusImporter.Uploader uploader) {
    return corpus.importRecords(
        List.of(record(1, fileName, null, PageExtractor.extract(content))), uploader);
  }

  private static PublishedRecord record(
      int line, String name, @Nullable String province, PageExtractor.Page page) {
    return new PublishedRecord(
        line,
        "page",
        name,
        province,
        page.title(),
        orEmpty(page.documentNumber()),
        orEmpty(page.party()),
        orEmpty(page.legalRepresentative()),
        orEmpty(page.authority()),
        "",
        "",
        page.text(),
        "",
        "",
        false,
        false);
  }

  private static List<Path> pages(Path pageOrFolder) {
    if (!Files.isDirectory(pageOrFolder)) {
      return List.of(pageOrFolder);
    }
    try (Stream<Path> files = Files.list(pageOrFolder)) {
      return files.filter(f -> isPage(f.getFileName().toString())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + pageOrFolder, e);
    }
  }

  /** Whether a file is a page by its name ({@code .html}, {@code .htm}). */
  static boolean isPage(String fileName) {
    return PAGE.matcher(fileName).matches();
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
