package org.zhifagongkai.api.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.zhifagongkai.api.embedded.EmbeddedDatabase;

/**
 * V12 seeds the change log with every decision held, each as its status, and from then on its
 * triggers note each change the public can see and nothing else.
 */
class ChangeLogMigrationTest {

  @Test
  void theLogStartsWithEveryDecisionAndThenNotesOnlyVisibleChanges(@TempDir Path temp)
      throws SQLException {
    EmbeddedDatabase database = EmbeddedDatabase.acquire(temp.resolve("db"));
    String url = "jdbc:postgresql://localhost:" + database.port() + "/postgres";
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement sql = connection.createStatement()) {
      migrate(url, "11");
      sql.execute(
          """
          insert into region (code, name, level, revision) values ('460000', '海南省', 'PROVINCE', 't');
          insert into agency (id, name, region_code, level, kind) values
            (1, '海南省住房和城乡建设厅', '460000', 'PROVINCE', 'SPECIALISED');
          insert into penalty_decision (id, document_number, document_number_key, party_kind, party_name,
            facts, violated_provisions, penalty_provisions, penalty_kinds, decision_date, agency_id,
            region_code, source_body, imported_at) values
            (1, '琼建罚〔2025〕1号', '琼建罚〔2025〕1号', 'LEGAL_PERSON', '甲公司', '事实甲', 'v', 'p', '{FINE}',
             '2025-01-02', 1, '460000', 's', '2025-01-03T08:00:00+08:00'),
            (2, '琼建罚〔2025〕2号', '琼建罚〔2025〕2号', 'LEGAL_PERSON', '乙公司', '事实乙', 'v', 'p', '{FINE}',
             '2025-01-02', 1, '460000', 's', '2025-01-03T08:00:00+08:00'),
            (3, '琼建罚〔2022〕3号', '琼建罚〔2022〕3号', 'LEGAL_PERSON', '丙公司', '事实丙', 'v', 'p', '{FINE}',
             '2022-01-02', 1, '460000', 's', '2022-01-03T08:00:00+08:00');
          update penalty_decision set status = 'WITHDRAWN', withdrawn_at = '2025-02-01T10:00:00+08:00',
            withdrawal_reason = '经复议撤销', withdrawal_kind = 'REVOKED', removed_on = '2025-02-01' where id = 2;
          update penalty_decision set status = 'EXPIRED', removed_on = '2025-01-04' where id = 3;
          insert into penalty_decision_event (decision_id, kind, actor, occurred_at)
            values (3, 'EXPIRED', '公示期满自动下线', '2025-01-04T00:00:05+08:00');
          """);
      migrate(url, "latest");
      assertThat(changes(sql))
          .containsExactly(
              "1 PUBLISHED 琼建罚〔2025〕1号 null 2025-01-03 00:00:00+00",
              "2 WITHDRAWN 琼建罚〔2025〕2号 经复议撤销 2025-02-01 02:00:00+00",
              "3 EXPIRED 琼建罚〔2022〕3号 null 2025-01-03 16:00:05+00");

      // Nothing the public sees: no change.
      sql.execute("update penalty_decision set publication_rule = '令36号' where id = 1");
      sql.execute("update penalty_decision set facts = '事实乙改' where id = 2");
      // A correction of a published decision, a withdrawal notice reworded, an expiry.
      sql.execute("update penalty_decision set facts = '事实甲改' where id = 1");
      sql.execute("update penalty_decision set withdrawal_reason = '经复议决定撤销' where id = 2");
      sql.execute(
          "update penalty_decision set status = 'EXPIRED', removed_on = current_date where id = 1");
      List<String> all = changes(sql);
      assertThat(all.subList(3, all.size()))
          .extracting(row -> row.substring(0, row.lastIndexOf(' ', row.lastIndexOf(' ') - 1)))
          .containsExactly(
              "1 CORRECTED 琼建罚〔2025〕1号 null",
              "2 WITHDRAWN 琼建罚〔2025〕2号 经复议决定撤销",
              "1 EXPIRED 琼建罚〔2025〕1号 null");
      assertThatThrownBy(() -> sql.execute("delete from decision_change"))
          .hasMessageContaining("append-only");
    } finally {
      database.release();
    }
  }

  private static List<String> changes(Statement sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    sql.execute("set time zone 'UTC'");
    try (ResultSet result =
        sql.executeQuery(
            "select decision_id, kind, document_number, withdrawal_reason, changed_at"
                + " from decision_change order by xid, seq")) {
      while (result.next()) {
        rows.add(
            result.getLong(1)
                + " "
                + result.getString(2)
                + " "
                + result.getString(3)
                + " "
                + result.getString(4)
                + " "
                + result.getString(5));
      }
    }
    return rows;
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
