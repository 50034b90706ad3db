package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deciding body and the party under the labels the sector sources use. */
class LabelledFieldsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // corpus lines 455, 1015, 1505
        "行政处罚的履行方式和期限：限于十五日内上缴国库。 作出行政处罚的机关名称：丽水市莲都区发展和改革局 作出行政处罚的日期：2016年6月3日|丽水市莲都区发展和改革局",
        "行政处罚履行期限：15日 作出行政处罚机关名称：杭州市园林文物局 作出行政处罚日期：2015年10月14日|杭州市园林文物局",
        "行政处罚履行方式和期限：15日内。 做出行政处罚的机关名称和日期：浙江省海洋与渔业局，2017年11月29日|浙江省海洋与渔业局"
      })
  void theDecidingBodyIsReadUnderItsLabel(String text, String body) {
    assertThat(DecisionTextExtractor.authority(text)).isEqualTo(body);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // corpus line 1225
        "宁波市民政局《行政处罚决定书》（摘要信息）文号：甬民罚决字〔2016〕第1号 当事人基本情况：宁波健峰培训学校，统一社会信用代码：52330200MJ89500267。|宁波健峰培训学校"
      })
  void thePartyIsReadUnderItsLabel(String text, String party) {
    assertThat(DecisionTextExtractor.party("", text)).isEqualTo(party);
  }
}
