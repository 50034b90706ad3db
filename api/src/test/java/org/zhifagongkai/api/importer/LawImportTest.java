package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.SharedData;

/** Laws from their Markdown texts. */
class LawImportTest extends ApiTest {

  @Autowired LawImporter importer;

  @Test
  void theAdministrativePenaltyLawHasItsEightySixArticlesOnceWhateverTheImports() {
    LawImporter.Report first = importer.importFile(SharedData.file("laws/行政处罚法(2021-01-22).md"));
    LawImporter.Report again = importer.importFile(SharedData.file("laws/行政处罚法(2021-01-22).md"));
    assertThat(first.title()).isEqualTo("中华人民共和国行政处罚法");
    assertThat(first.articles()).isEqualTo(86);
    assertThat(again.lawId()).isEqualTo(first.lawId());
    Long stored =
        database
            .sql(
                "select count(*) from legal_provision where law_id = :law and paragraph is null"
                    + " and item is null")
            .bind("law", first.lawId())
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    assertThat(stored).isEqualTo(86);
    graphQl
        .document("{ law(id: \"" + first.lawId() + "\") { kind provisions { article } } }")
        .execute()
        .path("law.kind")
        .entity(String.class)
        .isEqualTo("LAW");
  }

  @Test
  void articlesKeepTheirParagraphs() {
    var articles =
        LawImporter.articles(
            "# 测试法\n\n## 第一章 总则\n\n第一条 为了测试。\n\n第二条 第一款。\n\n第二款。\n\n## 第二章\n\n第三条 最后。\n");
    assertThat(articles)
        .containsExactly(
            new LawImporter.Article(1, "为了测试。"),
            new LawImporter.Article(2, "第一款。\n第二款。"),
            new LawImporter.Article(3, "最后。"));
  }
}
