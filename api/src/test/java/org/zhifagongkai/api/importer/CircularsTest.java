package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Hebei sheet's circulars are not decisions; its notices that act on a party's licence are. */
class CircularsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "河北省粮食局关于严格执行行政处罚裁量基准制度的通知",
        "河北省农业厅关于印发《河北省农业行政处罚自由裁量权基准制度》的通知",
        "河北煤矿安全监察局关于开展煤矿企业安全生产许可证持证条件专项监察的通知",
        "北京市邮政管理局关于做好春运期间快递服务保障和安全生产工作的通知"
      })
  void aCircularIsNoDecision(String title) {
    assertThat(NotADecision.why(record(title))).isEqualTo("a circular on the bodies' work (通知)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "关于暂扣峰峰集团有限公司辛安矿安全生产许可证的通知",
        "关于暂停江苏宏大建设集团有限公司投标资格的通知",
        "关于注销蔚县恒顺等26个煤矿安全生产许可证的通知"
      })
  void aNoticeActingOnAPartyIsOne(String title) {
    assertThat(NotADecision.why(record(title))).isNull();
  }

  private static PublishedRecord record(String title) {
    return new PublishedRecord(
        1, "河北", "1", "河北", title, "", "", "", "", "", "", "各设区市：", "", "", true, false);
  }
}
