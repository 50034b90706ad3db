package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhifagongkai.api.SharedData;

/** Reading a body's region from its name, over the real region tables. */
class RegionNamesTest {

  private static final RegionNames NAMES =
      new RegionNames(RegionTables.rows(SharedData.file("regions")));

  @ParameterizedTest
  @CsvSource({
    "昆明市环保局, 530100",
    "云南省生态环境厅, 530000",
    // A county named after its city is the county, not the city.
    "温州市鹿城区市场监督管理局, 330302",
    "丽水市莲都区工商行政管理局, 331102",
    "台州市黄岩区市场监督管理局, 331003",
    // Without the city: the county alone, and its newer name (玉环县 became 玉环市).
    "南湖区行政审批局, 330402",
    "玉环县市场监督管理局, 331083",
    // A name inside the body's name that is a region elsewhere (新城区 of 西安) does not count.
    "舟山市市场监督管理局新城分局, 330900",
    // A district merged away (江干区, 2021) leaves the city.
    "杭州市江干区市场监督管理局, 330100",
    "宁波市市场监督管理局国家高新技术产业开发区（新材料科技城）分局, 330200",
    "国家市场监督管理总局, 000000"
  })
  void aBodysNameNamesItsRegion(String body, String region) {
    assertThat(NAMES.regionOf(body, null)).isEqualTo(region);
  }

  @Test
  void aProvinceGivenBesideTheNameIsTheLastResort() {
    assertThat(NAMES.regionOf("市场监督管理局", "浙江省")).isEqualTo("330000");
  }

  /**
   * Every 登记机关 of the 478 Zhejiang enterprises lies in Zhejiang: 72 of the 94 in their county, the
   * others (city bureaux and their branches, districts merged away) in their city.
   */
  @Test
  void everyZhejiangRegistrationAuthorityIsPlacedInZhejiang() throws IOException {
    Map<String, Long> byLevel =
        Files.readAllLines(
                SharedData.file("zhejiang/hangzhou_double_random_check_targets_check01.csv"))
            .stream()
            .skip(1)
            .map(line -> line.split(",")[2])
            .distinct()
            .map(body -> NAMES.regionOf(body, null))
            .peek(region -> assertThat(region).startsWith("33"))
            .collect(
                Collectors.groupingBy(
                    region ->
                        region.endsWith("0000")
                            ? "province"
                            : region.endsWith("00") ? "city" : "county",
                    TreeMap::new,
                    Collectors.counting()));
    assertThat(byLevel).isEqualTo(Map.of("city", 22L, "county", 72L));
  }
}
