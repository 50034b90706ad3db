package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceBlanksTest {

  @Test
  void aBlankPrintedWithinASentenceIsMarked() {
    assertThat(SourceBlanks.marked("处罚依据：(null)\n处罚类别：罚款")).isEqualTo("处罚依据：（原文空缺）\n处罚类别：罚款");
    assertThat(SourceBlanks.marked("被处以罚款null元")).isEqualTo("被处以罚款（原文空缺）元");
    assertThat(SourceBlanks.marked("法定代表人姓名：（ NULL ）")).isEqualTo("法定代表人姓名：（原文空缺）");
  }

  @Test
  void aLineThatIsOnlyABlankIsAScrapedEmptyColumnAndGoes() {
    assertThat(SourceBlanks.marked("…依法办理。\n NULL")).isEqualTo("…依法办理。");
    assertThat(SourceBlanks.marked("甲\nnull\n乙")).isEqualTo("甲\n乙");
    // Nothing else of the text changes, its spaces included.
    assertThat(SourceBlanks.marked(" 甲\r\n(null) \r\n乙 ")).isEqualTo(" 甲\r\n乙 ");
    assertThat(SourceBlanks.marked(" 甲 ")).isEqualTo(" 甲 ");
  }

  @Test
  void nullInsideWordsAddressesAndCodesIsLeftAlone() {
    for (String text :
        new String[] {
          "nullify",
          "http://a.gov.cn/null/1.html",
          "null.html",
          "?id=null&x=1",
          "void(null)",
          "null@x.cn",
          "ABC-NULL-7",
          "annullable"
        }) {
      assertThat(SourceBlanks.marked(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void aFieldThatIsOnlyABlankIsEmpty() {
    assertThat(SourceBlanks.field("null")).isEmpty();
    assertThat(SourceBlanks.field(" (null) ")).isEmpty();
    assertThat(SourceBlanks.field("甲市null局")).isEqualTo("甲市null局");
    assertThat(SourceBlanks.marked(SourceBlanks.field("NULL"))).isEmpty();
  }
}
