package org.zhifagongkai.api.region;

import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.KnownRecords;

class RegionQueriesTest extends ApiTest {

  @Test
  void regionAnswersItsPlaceInTheHierarchy() {
    graphQl
        .document(
            "{ region(code: \"980102\") { code name level revision parent { code name } children { code name level } } }")
        .execute()
        .path("region.name")
        .entity(String.class)
        .isEqualTo("乙区")
        .path("region.level")
        .entity(String.class)
        .isEqualTo("COUNTY")
        .path("region.revision")
        .entity(String.class)
        .isEqualTo("测试")
        .path("region.parent.code")
        .entity(String.class)
        .isEqualTo("980100")
        .path("region.children[*].code")
        .entityList(String.class)
        .containsExactly("980102001")
        .path("region.children[0].level")
        .entity(String.class)
        .isEqualTo("TOWN");
  }

  @Test
  void aProvinceHasNoParent() {
    graphQl
        .document("{ region(code: \"980000\") { parent { code } children { code } } }")
        .execute()
        .path("region.parent")
        .valueIsNull()
        .path("region.children[*].code")
        .entityList(String.class)
        .containsExactly("980100", "980200");
  }

  @Test
  void regionsListsChildrenOfAParentInCodeOrder() {
    graphQl
        .document("{ regions(parentCode: \"980000\") { totalCount nodes { code name } } }")
        .execute()
        .path("regions.totalCount")
        .entity(Integer.class)
        .isEqualTo(2)
        .path("regions.nodes[*].name")
        .entityList(String.class)
        .containsExactly("甲市", "丁市");
  }

  @Test
  void regionsFilterByLevel() {
    // Province 97 belongs to the complaint tests; loaded here, so the answer is the same whichever
    // test class ran first.
    KnownRecords.ensureComplaintRecords(database);
    graphQl
        .document("{ regions(level: PROVINCE) { nodes { code } } }")
        .execute()
        .path("regions.nodes[*].code")
        .entityList(String.class)
        .containsExactly("960000", "970000", "980000", "990000");
  }
}
