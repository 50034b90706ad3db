package org.zhifagongkai.search;

import java.io.Reader;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

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
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new CJKWidthCharFilter(reader);
      }
    };
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

  /** Every field's analyzer; keyword fields are indexed as given. */
  public static Analyzer perField() {
    Analyzer words = words();
    Analyzer bigrams = bigrams();
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            SearchFields.TITLE_WORDS, words,
            SearchFields.BODY_WORDS, words,
            SearchFields.TITLE_BIGRAMS, bigrams,
            SearchFields.BODY_BIGRAMS, bigrams));
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
