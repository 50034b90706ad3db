package org.zhifagongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden tokens, with offsets, for both analyses. */
class ChineseAnalysisTest {

  @Test
  void wordsSegmentChineseAndKeepLatinAndDigitsWhole() {
    assertThat(Tokens.of(ChineseAnalysis.words(), "人行道违规停车"))
        .containsExactly("人行道@0-3", "违规@3-5", "停车@5-7");
    assertThat(Tokens.of(ChineseAnalysis.words(), "编制虚假业务资料"))
        .containsExactly("编制@0-2", "虚假@2-4", "业务@4-6", "资料@6-8");
    assertThat(Tokens.of(ChineseAnalysis.words(), "GB 32100"))
        .containsExactly("gb@0-2", "32100@3-8");
  }

  @Test
  void bigramsOverlapSoThatAnyFragmentMatches() {
    assertThat(Tokens.of(ChineseAnalysis.bigrams(), "东湖市生态环境局"))
        .containsExactly("东湖@0-2", "湖市@1-3", "市生@2-4", "生态@3-5", "态环@4-6", "环境@5-7", "境局@6-8");
  }

  @Test
  void mixedLatinStaysWholeBesideChineseInBothAnalyses() {
    assertThat(Tokens.of(ChineseAnalysis.words(), "ABC有限公司"))
        .containsExactly("abc@0-3", "有限公司@3-7");
    assertThat(Tokens.of(ChineseAnalysis.bigrams(), "ABC有限公司"))
        .containsExactly("abc@0-3", "有限@3-5", "限公@4-6", "公司@5-7");
  }

  @Test
  void fullWidthFoldsToHalfWidthWithOffsetsIntoTheOriginal() {
    for (var analyzer : List.of(ChineseAnalysis.words(), ChineseAnalysis.bigrams())) {
      assertThat(Tokens.of(analyzer, "ＡＢＣ有限公司")).isEqualTo(Tokens.of(analyzer, "ABC有限公司"));
    }
    assertThat(Tokens.of(ChineseAnalysis.bigrams(), "ＧＢ　３２１００"))
        .containsExactly("gb@0-2", "32100@3-8");
  }

  @Test
  void punctuationIsNotAToken() {
    assertThat(Tokens.of(ChineseAnalysis.words(), "罚款，警告。")).containsExactly("罚款@0-2", "警告@3-5");
    assertThat(Tokens.of(ChineseAnalysis.bigrams(), "罚款，警告。")).containsExactly("罚款@0-2", "警告@3-5");
  }

  /**
   * A masked name (杨*丽) leaves its first and last characters, which the segmenter reads as words of
   * one character each, as it cuts an unknown name: the real name typed (杨红丽: 杨, 红, 丽) matched them
   * and found the person's decision first. A word of one character is no word; the bigrams keep
   * lone characters for whoever types the name as published.
   */
  @Test
  void theCharactersBesideAMaskAreNoWords() {
    assertThat(Tokens.of(ChineseAnalysis.words(), "当事人杨*丽，女，红色"))
        .containsExactly("当事人@0-3", "红色@9-11");
    assertThat(Tokens.of(ChineseAnalysis.words(), "杨红丽")).isEmpty();
    assertThat(Tokens.of(ChineseAnalysis.bigrams(), "当事人杨*丽"))
        .containsExactly("当事@0-2", "事人@1-3", "人杨@2-4", "丽@5-6");
  }

  @Test
  void longRunsOfLettersDigitsAndPointsAreReadWithoutOverflowing() {
    // An error in analysis closes the index writer: a run of 50,000 characters must be read.
    String dotted = "a.".repeat(25_000);
    assertThat(Tokens.of(ChineseAnalysis.latinAndDigitPairs(), "当事人" + dotted + "。")).isNotEmpty();
    assertThat(Tokens.of(ChineseAnalysis.latinAndDigitPairs(), "pm2.5 与 49.37 和 a..b"))
        .contains("pm@0-5", "2.@0-5", ".5@0-5", "49@8-13", "37@8-13");
  }
}
