package org.zhifagongkai.api.agency;

import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.ApiTest;

class AgencyQueriesTest extends ApiTest {

  @Test
  void agencyAnswersItsRegionParentAndComplaintChannel() {
    graphQl
        .document(
            """
            { agency(id: "900003") { id name creditCode level kind region { code } parent { name }
                complaintChannel { phone } }
              withChannel: agency(id: "900001") { creditCode complaintChannel { phone address email } } }
            """)
        .execute()
        .path("agency.name")
        .entity(String.class)
        .isEqualTo("丙街道办事处")
        .path("agency.creditCode")
        .valueIsNull()
        .path("agency.level")
        .entity(String.class)
        .isEqualTo("TOWN")
        .path("agency.kind")
        .entity(String.class)
        .isEqualTo("TOWN_STREET")
        .path("agency.region.code")
        .entity(String.class)
        .isEqualTo("980102001")
        .path("agency.parent.name")
        .entity(String.class)
        .isEqualTo("乙区综合行政执法局")
        .path("agency.complaintChannel.phone")
        .valueIsNull()
        .path("withChannel.creditCode")
        .entity(String.class)
        .isEqualTo("11980100MB0000001N")
        .path("withChannel.complaintChannel.phone")
        .entity(String.class)
        .isEqualTo("0000-1234567")
        .path("withChannel.complaintChannel.address")
        .entity(String.class)
        .isEqualTo("甲市人民路1号")
        .path("withChannel.complaintChannel.email")
        .entity(String.class)
        .isEqualTo("ts@test.example");
  }

  @Test
  void agenciesFilterByRegionKindAndName() {
    graphQl
        .document(
            """
            { all: agencies(filter: {regionCode: "980000"}) { totalCount nodes { id } }
              comprehensive: agencies(filter: {regionCode: "980000", kind: COMPREHENSIVE}) { nodes { name } }
              named: agencies(filter: {nameContains: "司法局", regionCode: "980000"}) { nodes { name level } } }
            """)
        .execute()
        .path("all.totalCount")
        .entity(Integer.class)
        .isEqualTo(4)
        .path("all.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900001", "900002", "900003", "900004")
        .path("comprehensive.nodes[*].name")
        .entityList(String.class)
        .containsExactly("乙区综合行政执法局")
        .path("named.nodes[*].name")
        .entityList(String.class)
        .containsExactly("丁市司法局")
        .path("named.nodes[0].level")
        .entity(String.class)
        .isEqualTo("CITY");
  }
}
