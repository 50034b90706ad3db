package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceAddressesTest {

  @Test
  void webAddressesWithAHostAreKept() {
    assertThat(SourceAddresses.web("https://sthjt.example.gov.cn/xzcf/1.html?id=2#top"))
        .isEqualTo("https://sthjt.example.gov.cn/xzcf/1.html?id=2#top");
    assertThat(SourceAddresses.web("HTTP://A.GOV.CN/")).isEqualTo("HTTP://A.GOV.CN/");
    assertThat(SourceAddresses.web("\u00a0 http://a.gov.cn/1 ")).isEqualTo("http://a.gov.cn/1");
    // As real bodies publish them: braces and a space a strict URI parser refuses.
    String published =
        "http://zfxxgk.lf.gov.cn/index.do?templet=contentx&id={AC100113-0000-0000-6A27-721E00000068}&cid=90 287";
    assertThat(SourceAddresses.web(published)).isEqualTo(published);
  }

  @Test
  void anythingElseIsLeftOut() {
    for (String address :
        new String[] {
          "javascript:alert(1)",
          " JavaScript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "vbscript:x",
          "https:evil",
          "//a.gov.cn/1",
          "/xzcf/1.html",
          "http://",
          "http://a.gov.cn@elsewhere.example/",
          "http://user:pass@a.gov.cn/",
          "ftp://a.gov.cn/1",
          "http://a.gov.cn/1\n<script>",
          "http:// a.gov.cn/",
          "http://a.gov.cn\u3000.example/",
          "http://a.gov.cn/" + "x".repeat(2_000),
          "",
          "   "
        }) {
      assertThat(SourceAddresses.web(address)).as(address).isNull();
    }
  }

  @Test
  void aReportShowsAtMostTwoHundredCharacters() {
    assertThat(SourceAddresses.shown("javascript:" + "x".repeat(500))).hasSize(201).endsWith("…");
  }
}
