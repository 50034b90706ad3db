package org.zhifagongkai.api.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs one import from the command line and exits, when started with {@code --import.kind} and
 * {@code --import.file}:
 *
 * <ul>
 *   <li>{@code corpus}: JSON lines of published decisions;
 *   <li>{@code page}: a decision's published page (HTML), or a folder of them, optionally with
 *       {@code --import.province};
 *   <li>{@code spreadsheet}: a 双公示 spreadsheet (.xls, .xlsx), with {@code --import.source} (the
 *       data set's name) and optionally {@code --import.province};
 *   <li>{@code benchmark}: a discretion table, normalised (.csv) or as published (.xls, .xlsx,
 *       merged cells and all), with {@code --import.title}, {@code --import.issuer}, {@code
 *       --import.version}, {@code --import.effective-from} and {@code --import.field};
 *   <li>{@code no-penalty}: a structured no-penalty or first-violation list, with {@code
 *       --import.issuer}, {@code --import.list-kind} ({@code NO_PENALTY}, {@code FIRST_VIOLATION}),
 *       {@code --import.field}, {@code --import.effective-from} and optionally {@code
 *       --import.effective-to};
 *   <li>{@code law}: a law in Markdown, its version date in the file name.
 * </ul>
 *
 * Region tables for placing new bodies are read from {@code --import.regions} when given. Every
 * import can be run again: it updates what it imported before and duplicates nothing.
 */
@Component
class ImportCommand implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

  private final ConfigurableApplicationContext context;
  private final RegionTables regions;
  private final CorpusImporter corpus;
  private final PageImporter pages;
  private final SpreadsheetImporter spreadsheets;
  private final BenchmarkImporter benchmarks;
  private final LawImporter laws;
  private final NoPenaltyImporter noPenalty;

  ImportCommand(
      ConfigurableApplicationContext context,
      RegionTables regions,
      CorpusImporter corpus,
      PageImporter pages,
      SpreadsheetImporter spreadsheets,
      BenchmarkImporter benchmarks,
      LawImporter laws,
      NoPenaltyImporter noPenalty) {
    this.context = context;
    this.regions = regions;
    this.corpus = corpus;
    this.pages = pages;
    this.spreadsheets = spreadsheets;
    this.benchmarks = benchmarks;
    this.laws = laws;
    this.noPenalty = noPenalty;
  }

  @Override
  public void run(ApplicationArguments args) {
    String kind = one(args, "import.kind");
    if (kind == null) {
      return;
    }
    String regionTables = one(args, "import.regions");
    if (regionTables != null) {
      regions.load(Path.of(regionTables), "2023").block();
    }
    Path file = Path.of(required(args, "import.file"));
    String report =
        switch (kind) {
          case "corpus" -> summary(corpus.importFile(file));
          case "page" -> summary(pages.importPages(file, one(args, "import.province")));
          case "spreadsheet" ->
              summary(
                  spreadsheets.importWorkbook(
                      file, required(args, "import.source"), one(args, "import.province")));
          case "benchmark" ->
              benchmarks
                  .importTable(
                      file,
                      new BenchmarkImporter.Source(
                          required(args, "import.title"),
                          required(args, "import.issuer"),
                          required(args, "import.version"),
                          LocalDate.parse(required(args, "import.effective-from")),
                          required(args, "import.field")))
                  .toString();
          case "law" -> laws.importFile(file).toString();
          case "no-penalty" ->
              noPenalty.importTable(
                      file,
                      new NoPenaltyImporter.Source(
                          required(args, "import.issuer"),
                          required(args, "import.list-kind"),
                          required(args, "import.field"),
                          LocalDate.parse(required(args, "import.effective-from")),
                          one(args, "import.effective-to") == null
                              ? null
                              : LocalDate.parse(one(args, "import.effective-to"))))
                  + " items";
          default ->
              throw new IllegalArgumentException(
                  "--import.kind is corpus, page, spreadsheet, benchmark, no-penalty or law, not "
                      + kind);
        };
    log.info("Imported {}: {}", file, report);
    System.exit(SpringApplication.exit(context, () -> 0));
  }

  private static String summary(CorpusImporter.Report report) {
    StringBuilder text =
        new StringBuilder()
            .append(report.imported().size())
            .append(" imported, ")
            .append(report.updated().size())
            .append(" already imported (updated where changed), ")
            .append(report.rejected().size())
            .append(" rejected");
    report.rejected().forEach(reason -> text.append("\n  ").append(reason));
    text.append("\nFields flagged by the validator: ").append(report.flagCounts());
    report.flagged().forEach(flag -> text.append("\n  ").append(flag));
    return text.toString();
  }

  private static @Nullable String one(ApplicationArguments args, String name) {
    List<String> values = args.getOptionValues(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  private static String required(ApplicationArguments args, String name) {
    String value = one(args, name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required for this import");
    }
    return value;
  }
}
