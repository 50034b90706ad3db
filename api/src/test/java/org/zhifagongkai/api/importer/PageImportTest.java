package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.PublishedTextSweep;
import org.zhifagongkai.api.SeparatePortal;
import org.zhifagongkai.api.SharedData;

/**
 * The single published pages of {@code shared/data/penalties/pages}, imported into a database of
 * their own: each page a decision or refused with its reason, natural persons masked and their
 * addresses removed, and a second import updating in place.
 */
class PageImportTest {

  private static ConfigurableApplicationContext app;
  private static DatabaseClient database;

  @BeforeAll
  static void start(@TempDir Path temp) {
    app = SeparatePortal.start(temp);
    database = app.getBean(DatabaseClient.class);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void everyPageIsImportedOrRefusedWithItsReasonAndReimportsInPlace() {
    PageImporter pages = app.getBean(PageImporter.class);
    Path folder = SharedData.file("penalties/pages");
    CorpusImporter.Report first = pages.importPages(folder, null);
    first.rejected().forEach(reason -> System.out.println("page refused: " + reason));
    assertThat(first.imported().size() + first.updated().size() + first.rejected().size())
        .isEqualTo(29);
    assertThat(first.imported().size()).isEqualTo(28);
    assertThat(PublishedTextSweep.inPublishedDecisions(app.getBean(DatabaseClient.class)))
        .isEmpty();

    // yunnan_multi_1: 杨正旺, a natural person: masked in the party and in the facts, address gone.
    Map<String, Object> yunnan = decision("云保监罚〔2012〕3号");
    assertThat(yunnan)
        .containsEntry("party_name", "杨*旺")
        .containsEntry("decision_date", "2012-02-13");
    assertThat((String) yunnan.get("facts"))
        .doesNotContain("杨正旺")
        .doesNotContain("开远市智源路")
        .contains("住所：［住址已隐去］");
    // hainan_zjt_1: its number written year first, stored in the usual form.
    assertThat(decision("琼建质监罚决字〔2018〕30号"))
        .containsEntry("party_name", "海南省第七建筑工程公司")
        .containsEntry("decision_date", "2018-06-15");

    // A number as its labelled field publishes it, though not of the grammar
    // (xizang_creditxizang_4).
    assertThat(numbers()).contains("[2018]05");
    // Labels are not values: an empty cell before 处罚决定日期, a name run into 地址.
    assertThat(representative("堆税简罚〔2018〕1394号")).isNull();
    assertThat(representative("琼建质监罚决字〔2018〕30号")).isEqualTo("陈起盛");
    // tianjin_xiqing: a shop (营业执照 of an individual business, 120111600435901) run by 黄子强, whom
    // its name lists in brackets: masked in the name, and so as its representative.
    assertThat(decision("津市场监管青竞罚〔2018〕17号")).containsEntry("party_name", "天津市西青区金福家乐食品店（黄*强）");
    assertThat(representative("津市场监管青竞罚〔2018〕17号")).isEqualTo("黄*强");
    // gansu_multi_1 and _2 cite only other documents' numbers (责令改正通知书, 告知书): no number of
    // their own is read, and no prose.
    assertThat(numbers()).noneMatch(n -> n.contains("责改") || n.contains("告字") || n.contains("日对"));
    // hebei_multi_1 gives no number of its own: the report it cites ([邯恒会所审字（2014）第4号]) is
    // not the decision.
    assertThat(first.flagCounts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("NUMBER_NOT_PUBLISHED", 4L, "NUMBER_AS_PUBLISHED", 1L));

    long stored = count();
    CorpusImporter.Report again = pages.importPages(folder, null);
    assertThat(again.imported()).isEmpty();
    assertThat(again.updated().size()).isEqualTo(first.imported().size());
    assertThat(count()).isEqualTo(stored);
  }

  private static Map<String, Object> decision(String number) {
    return database
        .sql(
            "select party_name, decision_date::text, facts from penalty_decision"
                + " where document_number_key = :key")
        .bind("key", number)
        .fetch()
        .one()
        .block();
  }

  private static @org.jspecify.annotations.Nullable String representative(String number) {
    return database
        .sql(
            "select coalesce(party_legal_representative, '') from penalty_decision"
                + " where document_number_key = :key")
        .bind("key", number)
        .map(row -> row.get(0, String.class))
        .one()
        .map(r -> r.isEmpty() ? "" : r)
        .blockOptional()
        .filter(r -> !r.isEmpty())
        .orElse(null);
  }

  private static java.util.List<String> numbers() {
    return database
        .sql("select document_number from penalty_decision")
        .map(row -> row.get(0, String.class))
        .all()
        .collectList()
        .block();
  }

  private static long count() {
    return database
        .sql("select count(*) from penalty_decision")
        .map(row -> row.get(0, Long.class))
        .one()
        .block();
  }
}
