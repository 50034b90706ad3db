package org.zhifagongkai.api.contactpoint;

import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.ApiTest;

class ContactPointQueriesTest extends ApiTest {

  @Test
  void contactPointAnswersItsHostRegionAndFields() {
    graphQl
        .document(
            """
            { contactPoint(id: "900001") { name hostKind hostName region { name } fields { code name }
                phone address email establishedOn } }
            """)
        .execute()
        .path("contactPoint.name")
        .entity(String.class)
        .isEqualTo("甲市工商联行政执法监督联系点")
        .path("contactPoint.hostKind")
        .entity(String.class)
        .isEqualTo("CHAMBER_OF_COMMERCE")
        .path("contactPoint.region.name")
        .entity(String.class)
        .isEqualTo("甲市")
        .path("contactPoint.fields[*].code")
        .entityList(String.class)
        .containsExactly("ECO_ENVIRONMENT", "MARKET_REGULATION")
        .path("contactPoint.establishedOn")
        .entity(String.class)
        .isEqualTo("2024-06-01");
  }

  @Test
  void contactPointsFilterByRegionFieldAndHost() {
    graphQl
        .document(
            """
            { inRegion: contactPoints(filter: {regionCode: "980100"}) { nodes { id } }
              urban: contactPoints(filter: {regionCode: "980000", field: "URBAN_MANAGEMENT"}) { nodes { id } }
              offices: contactPoints(filter: {regionCode: "980000", hostKind: JUSTICE_OFFICE}) { nodes { id } } }
            """)
        .execute()
        .path("inRegion.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900001", "900002")
        .path("urban.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900002")
        .path("offices.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900002");
  }
}
