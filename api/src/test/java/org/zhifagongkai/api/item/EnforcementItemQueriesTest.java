package org.zhifagongkai.api.item;

import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.ApiTest;

class EnforcementItemQueriesTest extends ApiTest {

  @Test
  void itemAnswersItsBasisBodyAndHistory() {
    graphQl
        .document(
            """
            { enforcementItem(id: "900002") { code version name kind catalogue validFrom supersededOn current
                field { code } agency { name } legalBasis { id citation }
                history { id version current supersededOn } delegations { id } } }
            """)
        .execute()
        .path("enforcementItem.code")
        .entity(String.class)
        .isEqualTo("T-ECO-1")
        .path("enforcementItem.version")
        .entity(Integer.class)
        .isEqualTo(2)
        .path("enforcementItem.kind")
        .entity(String.class)
        .isEqualTo("PENALTY")
        .path("enforcementItem.catalogue")
        .entity(String.class)
        .isEqualTo("SPECIALISED")
        .path("enforcementItem.current")
        .entity(Boolean.class)
        .isEqualTo(true)
        .path("enforcementItem.supersededOn")
        .valueIsNull()
        .path("enforcementItem.agency.name")
        .entity(String.class)
        .isEqualTo("甲市生态环境局")
        .path("enforcementItem.legalBasis[*].id")
        .entityList(String.class)
        .containsExactly("900001", "900002")
        .path("enforcementItem.history[*].id")
        .entityList(String.class)
        .containsExactly("900001", "900002")
        .path("enforcementItem.history[0].current")
        .entity(Boolean.class)
        .isEqualTo(false)
        .path("enforcementItem.history[0].supersededOn")
        .entity(String.class)
        .isEqualTo("2024-03-01")
        .path("enforcementItem.delegations")
        .entityList(Object.class)
        .hasSize(0);
  }

  @Test
  void itemByCodeAnswersTheVersionInForceOnTheDay() {
    graphQl
        .document(
            """
            { before: enforcementItemByCode(code: "T-ECO-1", asOf: "2024-02-29") { id name }
              onTheDay: enforcementItemByCode(code: "T-ECO-1", asOf: "2024-03-01") { id }
              today: enforcementItemByCode(code: "T-ECO-1") { id } }
            """)
        .execute()
        .path("before.id")
        .entity(String.class)
        .isEqualTo("900001")
        .path("before.name")
        .entity(String.class)
        .isEqualTo("对超标排放的行政处罚")
        .path("onTheDay.id")
        .entity(String.class)
        .isEqualTo("900002")
        .path("today.id")
        .entity(String.class)
        .isEqualTo("900002");
  }

  @Test
  void anItemBeforeItsFirstVersionIsNotFound() {
    String code =
        errorCode("{ enforcementItemByCode(code: \"T-ECO-1\", asOf: \"2019-12-31\") { id } }");
    org.assertj.core.api.Assertions.assertThat(code).isEqualTo("NOT_FOUND");
  }

  @Test
  void delegationsNameTheTownSinceAndApproval() {
    graphQl
        .document(
            """
            { enforcementItems(filter: {delegatedToTown: "980102001"}) { totalCount nodes { id
                delegations { town { name } since approval } } } }
            """)
        .execute()
        .path("enforcementItems.totalCount")
        .entity(Integer.class)
        .isEqualTo(1)
        .path("enforcementItems.nodes[0].id")
        .entity(String.class)
        .isEqualTo("900003")
        .path("enforcementItems.nodes[0].delegations[0].town.name")
        .entity(String.class)
        .isEqualTo("丙街道")
        .path("enforcementItems.nodes[0].delegations[0].since")
        .entity(String.class)
        .isEqualTo("2022-07-01")
        .path("enforcementItems.nodes[0].delegations[0].approval")
        .entity(String.class)
        .isEqualTo("测试省政府赋权决定（测政发〔2022〕1号）");
  }

  @Test
  void supersededVersionsAreListedOnlyWhenAskedFor() {
    graphQl
        .document(
            """
            { current: enforcementItems(filter: {regionCode: "980000"}) { nodes { id } }
              all: enforcementItems(filter: {regionCode: "980000", includeSuperseded: true}) { nodes { id } }
              eco: enforcementItems(filter: {regionCode: "980000", field: "ECO_ENVIRONMENT", kind: PENALTY,
                                             catalogue: SPECIALISED, agencyId: "900001"}) { nodes { id } } }
            """)
        .execute()
        .path("current.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900002", "900003")
        .path("all.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900001", "900002", "900003")
        .path("eco.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900002");
  }

  @Test
  void responsibilitiesNameTheBodyAndItem() {
    graphQl
        .document(
            "{ responsibilities(filter: {agencyId: \"900001\"}) { totalCount nodes { description agency { name } item { code version } } } }")
        .execute()
        .path("responsibilities.totalCount")
        .entity(Integer.class)
        .isEqualTo(1)
        .path("responsibilities.nodes[0].description")
        .entity(String.class)
        .isEqualTo("负责本市超标排放行为的查处。")
        .path("responsibilities.nodes[0].agency.name")
        .entity(String.class)
        .isEqualTo("甲市生态环境局")
        .path("responsibilities.nodes[0].item.version")
        .entity(Integer.class)
        .isEqualTo(2);
  }
}
