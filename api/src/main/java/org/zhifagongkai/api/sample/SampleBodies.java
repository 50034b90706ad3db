package org.zhifagongkai.api.sample;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sample province's regions and bodies: 示例省 (code 99, which no real province has), three
 * cities, nine counties and thirty-six towns and streets, with the bodies that enforce and
 * supervise there.
 */
final class SampleBodies {

  /** A sample region. */
  record Region(String code, String name, String level, @Nullable String parentCode) {}

  /**
   * A sample body. {@code field} is the field it enforces (null for supervision bodies), {@code
   * documentPrefix} begins its document numbers, {@code cityCode} is the city it belongs to.
   */
  record Body(
      long id,
      String name,
      String documentPrefix,
      String creditCode,
      String regionCode,
      String level,
      String kind,
      @Nullable Long parentId,
      @Nullable String field,
      String cityCode) {}

  private record City(String code, String name, String shortName, List<String[]> counties) {}

  private static final List<City> CITIES =
      List.of(
          new City(
              "990100",
              "东湖市",
              "东",
              List.<String[]>of(
                  new String[] {"990102", "湖滨区", "湖"},
                  new String[] {"990103", "临江区", "临"},
                  new String[] {"990121", "青溪县", "青"})),
          new City(
              "990200",
              "西岭市",
              "西",
              List.<String[]>of(
                  new String[] {"990202", "岭南区", "岭"},
                  new String[] {"990221", "石门县", "石"},
                  new String[] {"990281", "云台市", "云"})),
          new City(
              "990300",
              "南川市",
              "南",
              List.<String[]>of(
                  new String[] {"990302", "川东区", "川"},
                  new String[] {"990321", "白沙县", "沙"},
                  new String[] {"990322", "桃源县", "桃"})));

  private static final List<String> TOWN_NAMES =
      List.of(
          "城关街道", "新华街道", "东城街道", "西城街道", "北关镇", "南湖镇", "清水镇", "长乐镇", "安平镇", "永宁镇", "福兴镇", "和平乡");

  /** The city bodies and the field each enforces. */
  private static final List<String[]> CITY_BODIES =
      List.of(
          new String[] {"生态环境局", "环罚", "SPECIALISED", "ECO_ENVIRONMENT"},
          new String[] {"市场监督管理局", "市监罚", "SPECIALISED", "MARKET_REGULATION"},
          new String[] {"城市管理综合行政执法局", "综执罚", "COMPREHENSIVE", "URBAN_MANAGEMENT"},
          new String[] {"应急管理局", "应急罚", "SPECIALISED", "WORK_SAFETY"},
          new String[] {"交通运输局", "交运罚", "SPECIALISED", "TRANSPORT"},
          new String[] {"文化广电旅游局", "文旅罚", "SPECIALISED", "CULTURE_TOURISM"});

  final List<Region> regions = new ArrayList<>();
  final List<Body> bodies = new ArrayList<>();

  SampleBodies(SampleRandom random) {
    regions.add(new Region("990000", "示例省", "PROVINCE", null));
    Body provinceJustice =
        body(random, "示例省司法厅", "示司", "990000", "PROVINCE", "SUPERVISION", null, null, "990000");
    for (City city : CITIES) {
      regions.add(new Region(city.code(), city.name(), "CITY", "990000"));
      Body cityJustice =
          body(
              random,
              city.name() + "司法局",
              city.shortName() + "司",
              city.code(),
              "CITY",
              "SUPERVISION",
              provinceJustice.id(),
              null,
              city.code());
      List<Body> cityBodies = new ArrayList<>();
      for (String[] spec : CITY_BODIES) {
        cityBodies.add(
            body(
                random,
                city.name() + spec[0],
                city.shortName() + spec[1],
                city.code(),
                "CITY",
                spec[2],
                null,
                spec[3],
                city.code()));
      }
      int townIndex = 0;
      for (String[] county : city.counties()) {
        regions.add(new Region(county[0], county[1], "COUNTY", city.code()));
        body(
            random,
            county[1] + "司法局",
            county[2] + "司",
            county[0],
            "COUNTY",
            "SUPERVISION",
            cityJustice.id(),
            null,
            city.code());
        Body comprehensive =
            body(
                random,
                county[1] + "综合行政执法局",
                county[2] + "综执罚",
                county[0],
                "COUNTY",
                "COMPREHENSIVE",
                cityBodies.get(2).id(),
                "URBAN_MANAGEMENT",
                city.code());
        body(
            random,
            county[1] + "市场监督管理局",
            county[2] + "市监罚",
            county[0],
            "COUNTY",
            "SPECIALISED",
            cityBodies.get(1).id(),
            "MARKET_REGULATION",
            city.code());
        body(
            random,
            city.name() + "生态环境局" + county[1].substring(0, 2) + "分局",
            city.shortName() + county[2] + "环罚",
            county[0],
            "COUNTY",
            "SPECIALISED",
            cityBodies.get(0).id(),
            "ECO_ENVIRONMENT",
            city.code());
        for (int t = 1; t <= 4; t++) {
          String townName = TOWN_NAMES.get(townIndex++ % TOWN_NAMES.size());
          String townCode = county[0] + String.format("%03d", t);
          regions.add(new Region(townCode, townName, "TOWN", county[0]));
          String office = townName.endsWith("街道") ? "办事处" : "人民政府";
          body(
              random,
              county[1] + townName + office,
              county[2] + townName.charAt(0) + "综执罚",
              townCode,
              "TOWN",
              "TOWN_STREET",
              comprehensive.id(),
              "URBAN_MANAGEMENT",
              city.code());
        }
      }
    }
  }

  private Body body(
      SampleRandom random,
      String name,
      String prefix,
      String regionCode,
      String level,
      String kind,
      @Nullable Long parentId,
      @Nullable String field,
      String cityCode) {
    Body body =
        new Body(
            bodies.size() + 1L,
            name,
            prefix,
            random.creditCode("11", regionCode.substring(0, 6)),
            regionCode,
            level,
            kind,
            parentId,
            field,
            cityCode);
    bodies.add(body);
    return body;
  }

  /** The enforcing bodies (every body but the supervision ones). */
  List<Body> enforcers() {
    return bodies.stream().filter(b -> b.field() != null).toList();
  }

  /** The city body that enforces {@code field} in {@code cityCode}. */
  Body cityBody(String cityCode, String field) {
    return bodies.stream()
        .filter(b -> b.level().equals("CITY") && cityCode.equals(b.cityCode()))
        .filter(b -> field.equals(b.field()))
        .findFirst()
        .orElseThrow();
  }

  Region region(String code) {
    return regions.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }
}
