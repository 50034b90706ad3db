package org.zhifagongkai.api.law;

import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.ApiTest;

class LawQueriesTest extends ApiTest {

  @Test
  void lawAnswersItsProvisionsInOrderWithCitations() {
    graphQl
        .document(
            """
            { law(id: "900001") { title kind issuer versionDate effectiveFrom effectiveTo
                provisions { article paragraph item citation text } } }
            """)
        .execute()
        .path("law.title")
        .entity(String.class)
        .isEqualTo("测试大气法")
        .path("law.kind")
        .entity(String.class)
        .isEqualTo("LAW")
        .path("law.versionDate")
        .entity(String.class)
        .isEqualTo("2018-10-26")
        .path("law.effectiveTo")
        .valueIsNull()
        .path("law.provisions[*].article")
        .entityList(Integer.class)
        .containsExactly(18, 99, 124)
        .path("law.provisions[*].citation")
        .entityList(String.class)
        .containsExactly("《测试大气法》第十八条", "《测试大气法》第九十九条第（二）项", "《测试大气法》第一百二十四条第一款第（三）项")
        .path("law.provisions[0].paragraph")
        .valueIsNull()
        .path("law.provisions[1].item")
        .entity(Integer.class)
        .isEqualTo(2);
  }

  @Test
  void provisionAnswersItsLaw() {
    graphQl
        .document("{ legalProvision(id: \"900002\") { text law { id title } } }")
        .execute()
        .path("legalProvision.text")
        .entity(String.class)
        .isEqualTo("超标排放的，处十万元以上一百万元以下罚款。")
        .path("legalProvision.law.title")
        .entity(String.class)
        .isEqualTo("测试大气法");
  }

  @Test
  void lawsFilterByKindAndTitle() {
    graphQl
        .document(
            """
            { byTitle: laws(filter: {titleContains: "测试"}) { totalCount nodes { id } }
              rules: laws(filter: {kind: RULE}) { nodes { title } } }
            """)
        .execute()
        .path("byTitle.totalCount")
        .entity(Integer.class)
        .isEqualTo(1)
        .path("byTitle.nodes[0].id")
        .entity(String.class)
        .isEqualTo("900001")
        .path("rules.nodes[*].title")
        .entityList(String.class)
        .containsExactly("明码标价和禁止价格欺诈规定");
  }
}
