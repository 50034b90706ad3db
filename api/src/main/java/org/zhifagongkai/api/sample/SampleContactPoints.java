package org.zhifagongkai.api.sample;

import static org.zhifagongkai.api.sample.Table.column;

import java.time.LocalDate;
import java.util.List;

/**
 * The sample's supervision contact points: four a city, in a chamber, a park, an association and a
 * 司法所.
 */
final class SampleContactPoints {

  final Table contactPoints =
      new Table(
          "contact_point",
          List.of(
              column("id", Long.class),
              column("name", String.class),
              column("host_kind", String.class),
              column("host_name", String.class),
              column("region_code", String.class),
              column("phone", String.class),
              column("address", String.class),
              column("email", String.class),
              column("established_on", LocalDate.class)));
  final Table fields =
      new Table(
          "contact_point_field",
          List.of(column("contact_point_id", Long.class), column("field_code", String.class)));

  SampleContactPoints(SampleBodies bodies) {
    long id = 0;
    List<SampleBodies.Region> cities =
        bodies.regions.stream().filter(r -> r.level().equals("CITY")).toList();
    for (SampleBodies.Region city : cities) {
      SampleBodies.Region county =
          bodies.regions.stream()
              .filter(r -> city.code().equals(r.parentCode()))
              .findFirst()
              .orElseThrow();
      SampleBodies.Region town =
          bodies.regions.stream()
              .filter(r -> county.code().equals(r.parentCode()))
              .findFirst()
              .orElseThrow();
      add(
          ++id,
          city.name() + "工商业联合会",
          "CHAMBER_OF_COMMERCE",
          city,
          "ECO_ENVIRONMENT",
          "MARKET_REGULATION",
          "URBAN_MANAGEMENT",
          "WORK_SAFETY",
          "TRANSPORT",
          "CULTURE_TOURISM");
      add(
          ++id,
          county.name() + "经济开发区管理委员会",
          "INDUSTRIAL_PARK",
          county,
          "ECO_ENVIRONMENT",
          "WORK_SAFETY");
      add(++id, city.name() + "餐饮行业协会", "ASSOCIATION", city, "MARKET_REGULATION");
      add(
          ++id,
          county.name() + town.name() + "司法所",
          "JUSTICE_OFFICE",
          town,
          "URBAN_MANAGEMENT",
          "MARKET_REGULATION");
    }
  }

  private void add(
      long id, String host, String kind, SampleBodies.Region region, String... covered) {
    contactPoints.row(
        id,
        host + "行政执法监督联系点",
        kind,
        host,
        region.code(),
        "0000-" + (5_550_000 + id),
        region.name() + "（示例地址）",
        "lianxidian" + id + "@sample.example",
        LocalDate.of(2024, 1, 1).plusDays(id * 17));
    for (String field : covered) {
      fields.row(id, field);
    }
  }

  List<Table> tables() {
    return List.of(contactPoints, fields);
  }
}
