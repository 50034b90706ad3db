package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.ApiTest;

/** The importer keeps exactly the source addresses the database's check accepts. */
class SourceAddressRuleTest extends ApiTest {

  private static final List<String> ADDRESSES =
      List.of(
          "https://sthjt.example.gov.cn/xzcf/1.html",
          "HTTP://A.GOV.CN",
          "http://a.gov.cn?x=1",
          "http://a.gov.cn#top",
          "http://zfxxgk.lf.gov.cn/index.do?templet=contentx&id={AC100113-0000}&cid=90 287",
          "http://a.gov.cn:8080/1",
          "javascript:alert(1)",
          "data:text/html,x",
          "https:evil",
          "//a.gov.cn/1",
          "/xzcf/1.html",
          "http://",
          "http:// a.gov.cn/",
          "http://a.gov.cn@elsewhere.example/",
          "http://user:pass@a.gov.cn/",
          "http://a.gov.cn\u3000.example/",
          "ftp://a.gov.cn/1");

  @Test
  void theImporterAndTheDatabaseAgreeOnEveryAddress() {
    for (String address : ADDRESSES) {
      Boolean accepted =
          database
              .sql(
                  "select :address ~* '^https?://[^/?#@[:space:]]+([/?#]|$)'"
                      + " and (select count(*) from pg_constraint"
                      + " where conname = 'penalty_decision_source_url_web') = 1")
              .bind("address", address)
              .map(row -> row.get(0, Boolean.class))
              .one()
              .block();
      assertThat(SourceAddresses.web(address) != null).as(address).isEqualTo(accepted);
    }
  }

  @Test
  void theDatabaseChecksWithTheRuleThisTestReads() {
    String check =
        database
            .sql(
                "select pg_get_constraintdef(oid) from pg_constraint"
                    + " where conname = 'penalty_decision_source_url_web'")
            .map(row -> row.get(0, String.class))
            .one()
            .block();
    assertThat(check).contains("'^https?://[^/?#@[:space:]]+([/?#]|$)'");
  }
}
