package org.zhifagongkai.api.nopenalty;

import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.ApiTest;

class NoPenaltyQueriesTest extends ApiTest {

  @Test
  void entryAnswersItsConditionsAndGround() {
    graphQl
        .document(
            """
            { noPenaltyItem(id: "900001") { listKind issuer issuerAgency { name } field { code } seq violation
                conditions legalGround effectiveFrom effectiveTo } }
            """)
        .execute()
        .path("noPenaltyItem.listKind")
        .entity(String.class)
        .isEqualTo("FIRST_VIOLATION")
        .path("noPenaltyItem.issuerAgency.name")
        .entity(String.class)
        .isEqualTo("甲市生态环境局")
        .path("noPenaltyItem.violation")
        .entity(String.class)
        .isEqualTo("未按规定公开环境信息")
        .path("noPenaltyItem.conditions")
        .entity(String.class)
        .isEqualTo("首次违法且及时改正")
        .path("noPenaltyItem.legalGround")
        .entity(String.class)
        .isEqualTo("行政处罚法第三十三条第一款")
        .path("noPenaltyItem.effectiveTo")
        .valueIsNull();
  }

  @Test
  void entriesFilterByListKindAndField() {
    graphQl
        .document(
            """
            { eco: noPenaltyItems(filter: {field: "ECO_ENVIRONMENT", listKind: NO_PENALTY}) { totalCount }
              ours: noPenaltyItems(filter: {issuerAgencyId: "900001"}) { nodes { id } } }
            """)
        .execute()
        .path("eco.totalCount")
        .entity(Integer.class)
        .isEqualTo(3)
        .path("ours.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900001");
  }
}
