package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page's navigation scraped as its body is no body. */
class SiteChromeTest {

  @Test
  void navigationAloneIsNoBody() {
    // local_amr_sample line 6 (粤市监处罚〔2026〕6号)
    assertThat(
            SiteChrome.isOnly(
                "打印文档 相关 相关 链接 广东省人民政府 国家市场监督管理总局 国家知识产权局 省级机构导航 广东省人民政府网站 省发展改革委"
                    + " 省教育厅 省科技厅 省市场监管局 省政务服务数据管理"))
        .isTrue();
  }

  @Test
  void aDecisionUnderTheSitesHeadingIsABody() {
    // local_amr_sample line 12: the page's heading before the decision
    assertThat(
            SiteChrome.isOnly(
                "发布时间：2026-01-04 15:27 浏览次数：31 字号：[ 大 中 小 ] 当事人：云南滇中华侨产业园股权投资基金管理有限公司"))
        .isFalse();
  }
}
