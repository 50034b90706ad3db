package org.zhifagongkai.api.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V7 gives decisions stored before it, with year-first numbers, the key the parser now computes, so
 * that a re-import finds them instead of adding a second row; a number the body already holds in
 * the usual form keeps its text key rather than break the uniqueness of the pair.
 */
class YearFirstNumbersMigrationTest {

  @Test
  void storedYearFirstNumbersGetTheKeyTheParserGives(@TempDir Path temp) throws SQLException {
    EmbeddedDatabase database = EmbeddedDatabase.acquire(temp.resolve("db"));
    String url = "jdbc:postgresql://localhost:" + database.port() + "/postgres";
    try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
      migrate(url, "6");
      try (Statement sql = connection.createStatement()) {
        sql.execute(
            """
            insert into region (code, name, level, revision) values ('460000', '海南省', 'PROVINCE', 't');
            insert into agency (id, name, region_code, level, kind) values
              (1, '海南省住房和城乡建设厅', '460000', 'PROVINCE', 'SPECIALISED');
            insert into penalty_decision (document_number, document_number_key, party_kind, party_name,
              facts, violated_provisions, penalty_provisions, penalty_kinds, decision_date, agency_id,
              region_code, source_body) values
              ('[2018]琼建质监罚决字第30号', '[2018]琼建质监罚决字第30号', 'LEGAL_PERSON', '甲公司', 'f', 'v', 'p',
               '{FINE}', '2018-06-15', 1, '460000', 's'),
              ('〔2017〕琼质监罚决字第025号', '〔2017〕琼质监罚决字第025号', 'LEGAL_PERSON', '乙公司', 'f', 'v', 'p',
               '{FINE}', '2017-10-31', 1, '460000', 's'),
              ('琼质监罚决字〔2017〕25号', '琼质监罚决字〔2017〕25号', 'LEGAL_PERSON', '乙公司', 'f', 'v', 'p',
               '{FINE}', '2017-10-31', 1, '460000', 's'),
              ('闽工商处字2018第3号', '闽工商处字2018第3号', 'LEGAL_PERSON', '丙公司', 'f', 'v', 'p',
               '{FINE}', '2018-01-03', 1, '460000', 's');
            """);
      }
      migrate(url, "latest");
      List<String> rows = new ArrayList<>();
      try (Statement sql = connection.createStatement();
          ResultSet result =
              sql.executeQuery(
                  "select document_number, document_number_key, document_prefix, document_year,"
                      + " document_seq_first from penalty_decision order by id")) {
        while (result.next()) {
          rows.add(
              result.getString(1)
                  + " → "
                  + result.getString(2)
                  + " "
                  + result.getString(3)
                  + " "
                  + result.getObject(4)
                  + " "
                  + result.getObject(5));
        }
      }
      assertThat(rows)
          .containsExactly(
              "[2018]琼建质监罚决字第30号 → 琼建质监罚决字〔2018〕30号 琼建质监罚决字 2018 30",
              "〔2017〕琼质监罚决字第025号 → 〔2017〕琼质监罚决字第025号 null null null",
              "琼质监罚决字〔2017〕25号 → 琼质监罚决字〔2017〕25号 null null null",
              "闽工商处字2018第3号 → 闽工商处字2018第3号 null null null");
    } finally {
      database.release();
    }
  }

  private static void migrate(String url, String target) {
    Flyway.configure()
        .dataSource(url, "postgres", "")
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }
}
