package org.zhifagongkai.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Groups of words for the same conduct, everyday and official (卖假货, 假冒, 以假充真), in Solr's synonym
 * format. Applied to queries only, as a synonym graph over their bigrams, so the list can change
 * without rebuilding the index.
 */
public final class Thesaurus {

  private static final String STANDARD = "thesaurus.txt";
  private static final Pattern TERM = Pattern.compile("\\p{IsHan}{2,}");

  /** A rule: typing any of {@code from} also searches {@code to}. */
  record Rule(List<String> from, List<String> to) {}

  private final List<Rule> rules;
  private final SynonymMap map;

  private Thesaurus(List<Rule> rules, SynonymMap map) {
    this.rules = rules;
    this.map = map;
  }

  /** The thesaurus kept with this module. */
  public static Thesaurus standard() {
    try (InputStream in = Thesaurus.class.getResourceAsStream(STANDARD)) {
      if (in == null) {
        throw new IllegalStateException("The thesaurus " + STANDARD + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), STANDARD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A thesaurus read from a file in the same format, to change the vocabulary without a build. */
  public static Thesaurus read(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the thesaurus " + file, e);
    }
  }

  /** No synonyms at all. */
  public static Thesaurus none() {
    return parse("", "no thesaurus");
  }

  /**
   * Parses groups ({@code a, b, c}) and one-way rules ({@code a, b => c}); lines starting with
   * {@code #} are comments. Every word must be two or more Chinese characters.
   */
  static Thesaurus parse(String text, String source) {
    List<Rule> rules = new ArrayList<>();
    int lineNumber = 0;
    for (String line : text.split("\n")) {
      lineNumber++;
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      String[] sides = content.split("=>", -1);
      List<String> from = terms(sides[0], source, lineNumber);
      List<String> to = sides.length == 2 ? terms(sides[1], source, lineNumber) : from;
      if (sides.length > 2 || from.isEmpty() || to.isEmpty()) {
        throw new IllegalArgumentException(source + " line " + lineNumber + ": not a rule");
      }
      rules.add(new Rule(from, to));
    }
    // A one-way rule keeps the words typed beside those it adds, so that both are paths of the
    // query's graph and the typed ones still count most.
    StringBuilder solr = new StringBuilder();
    for (Rule rule : rules) {
      Set<String> to = new LinkedHashSet<>(rule.from());
      to.addAll(rule.to());
      solr.append(String.join(",", rule.from()))
          .append("=>")
          .append(String.join(",", to))
          .append('\n');
    }
    try {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, ChineseAnalysis.bigrams());
      parser.parse(new StringReader(solr.toString()));
      return new Thesaurus(List.copyOf(rules), parser.build());
    } catch (IOException | ParseException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private static List<String> terms(String side, String source, int lineNumber) {
    List<String> terms = new ArrayList<>();
    for (String term : side.split(",")) {
      String word = normalize(term.strip());
      if (!TERM.matcher(word).matches()) {
        throw new IllegalArgumentException(
            source
                + " line "
                + lineNumber
                + ": \""
                + term.strip()
                + "\" is not a word of two or more Chinese characters");
      }
      terms.add(word);
    }
    return terms;
  }

  private static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** The synonym map over bigram tokens, for the query analyzer. */
  SynonymMap map() {
    return map;
  }

  /** How many groups and rules it holds. */
  public int size() {
    return rules.size();
  }

  /** Each group's or rule's words, those typed and those searched. */
  public List<Set<String>> groups() {
    return rules.stream()
        .map(
            rule -> {
              Set<String> words = new LinkedHashSet<>(rule.from());
              words.addAll(rule.to());
              return Set.copyOf(words);
            })
        .toList();
  }
}
