package org.zhifagongkai.search;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analyzers, declared once per field and shared by indexing, query building and highlighting.
 *
 * <p>Chinese text is analysed twice: into words by SmartChinese's HMM segmenter ({@link #words()}),
 * which ranks whole-word matches, and into overlapping character bigrams ({@link #bigrams()}),
 * which finds fragments and names the segmenter splits wrongly. Both fold full-width forms to
 * half-width and lower-case Latin, so {@code ＡＢＣ有限公司} and {@code abc有限公司} analyse alike.
 */
public final class ChineseAnalysis {

  /**
   * The characters beside a mask: a masked name's first and last (杨*丽), which the segmenter would
   * read as words of one character each, matched by the real name typed (杨红丽: 杨, 红, 丽).
   */
  private static final Pattern BESIDE_A_MASK =
      Pattern.compile("\\p{IsHan}(?=\\*)|(?<=\\*)\\p{IsHan}");

  /**
   * Spaces and line breaks between two Han characters: sources break lines inside words (违法\n行为)
   * and space out characters (行 政 处 罚), which cut the bigrams apart.
   */
  private static final Pattern SPACE_BETWEEN_HAN =
      Pattern.compile("(?<=\\p{IsHan})[\\s\u3000]+(?=\\p{IsHan})");

  /** A run of Latin letters and digits, with the points inside it (pm2.5, 49.37). */
  private static final Pattern LATIN_OR_DIGITS =
      // Not a repeated group (one per dot): on a long dotted run its recursion overflowed the
      // stack,
      // and an error in analysis closes the index writer.
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9.]*(?<!\\.)");

  private ChineseAnalysis() {}

  /**
   * SmartChinese word segmentation, without punctuation and without words of one Han character. The
   * segmenter cuts a name it does not know into its characters (杨红丽: 杨, 红, 丽), and those matched a
   * masked name's (杨*丽) or the same characters anywhere in a decision: a person's real name found
   * the decision that publishes it masked. The bigrams still match what a character says beside its
   * neighbours, and a lone character alone.
   */
  public static Analyzer words() {
    CharArraySet stop = SmartChineseAnalyzer.getDefaultStopSet();
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream stream =
            new MultiCharacterWords(new StopFilter(new LowerCaseFilter(tokenizer), stop));
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(BESIDE_A_MASK, "*", new CJKWidthCharFilter(reader));
      }
    };
  }

  /** Overlapping CJK bigrams; a lone CJK character stays a unigram, Latin and digits stay whole. */
  public static Analyzer bigrams() {
    return bigramsOf(CJKWidthCharFilter::new);
  }

  /**
   * Bigrams as a record's text is indexed: Han characters either side of a space or a line break
   * are neighbours, so that 违法行为 finds 违法\n行为 and 行 政 处 罚. Queries keep their spaces: 排放 无证 is two
   * words, not the phrase 排放无证.
   */
  public static Analyzer indexedBigrams() {
    return bigramsOf(
        reader ->
            new PatternReplaceCharFilter(SPACE_BETWEEN_HAN, "", new CJKWidthCharFilter(reader)));
  }

  private static Analyzer bigramsOf(UnaryOperator<Reader> read) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return read.apply(reader);
      }
    };
  }

  /**
   * Runs of Latin letters and digits as overlapping pairs of characters (15000: 15 50 00 00), so
   * that a run typed finds a longer one holding it (5000元 in 15000元, 2.5 in PM2.5), which the other
   * analyses keep whole. A run of one character stays itself.
   */
  public static Analyzer latinAndDigitPairs() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new PatternTokenizer(LATIN_OR_DIGITS, 0);
        return new TokenStreamComponents(
            tokenizer, new CharacterPairs(new LowerCaseFilter(tokenizer)));
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new CJKWidthCharFilter(reader);
      }
    };
  }

  /** The runs of Latin letters and digits in a text, lower-cased and folded to half-width. */
  static List<String> latinAndDigitRuns(String text) {
    List<String> runs = new ArrayList<>();
    Matcher run =
        LATIN_OR_DIGITS.matcher(
            Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    while (run.find()) {
      runs.add(run.group());
    }
    return runs;
  }

  /**
   * Bigrams with the thesaurus's synonyms as alternative paths (a synonym graph), for queries only:
   * 卖假货 is read as 卖假货, or 假冒, or 以假充真…
   */
  public static Analyzer expandedBigrams(Thesaurus thesaurus) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(tokenizer));
        if (thesaurus.map().fst != null) { // null when the thesaurus is empty
          stream = new SynonymGraphFilter(stream, thesaurus.map(), true);
        }
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new CJKWidthCharFilter(reader);
      }
    };
  }

  /** Every field's analyzer for queries; keyword fields are read as given. */
  public static Analyzer perField() {
    return perField(bigrams());
  }

  /** Every field's analyzer for indexing and highlighting a record's text. */
  public static Analyzer indexing() {
    return perField(indexedBigrams());
  }

  private static Analyzer perField(Analyzer bigrams) {
    Analyzer words = words();
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            SearchFields.TITLE_WORDS, words,
            SearchFields.BODY_WORDS, words,
            SearchFields.TITLE_BIGRAMS, bigrams,
            SearchFields.BODY_BIGRAMS, bigrams,
            SearchFields.LATIN_AND_DIGITS, latinAndDigitPairs()));
  }

  /** Each token as its overlapping pairs of characters, one position each; a token of one stays. */
  private static final class CharacterPairs extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position =
        addAttribute(PositionIncrementAttribute.class);
    private String run = "";
    private int next;

    CharacterPairs(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (next + 2 > run.length()) {
        if (!input.incrementToken()) {
          return false;
        }
        run = term.toString();
        next = 0;
        if (run.length() < 2) {
          return true; // the character alone
        }
      } else {
        position.setPositionIncrement(1);
      }
      term.setEmpty().append(run, next, next + 2);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      run = "";
      next = 0;
    }
  }

  /** Drops words of one Han character; Latin letters and digits stay. */
  private static final class MultiCharacterWords extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    MultiCharacterWords(TokenStream in) {
      super(in);
    }

    @Override
    protected boolean accept() {
      return !(Character.codePointCount(term, 0, term.length()) == 1
          && Character.isIdeographic(Character.codePointAt(term, 0)));
    }
  }
}
