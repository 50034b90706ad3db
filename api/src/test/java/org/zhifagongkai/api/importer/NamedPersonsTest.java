package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.SeparatePortal;
import org.zhifagongkai.api.SharedData;

/**
 * The real records whose facts named the person while the party was masked (京司罚决〔2015〕1号 于大年,
 * 沪〔2018〕28号 任鸿虎, the notary 缪先高): each appears twice in the corpus, and the second import, an
 * update, wrote the texts with the name unmasked.
 */
class NamedPersonsTest {

  private static final List<String> NAMES = List.of("于大年", "任鸿虎", "缪先高");

  @Test
  void aPersonsNameIsMaskedInEveryTextHoweverOftenTheRecordIsImported(@TempDir Path temp)
      throws IOException {
    Path records = temp.resolve("named.jsonl");
    Files.write(
        records,
        Files.readAllLines(SharedData.file("penalties/corpus.jsonl")).stream()
            .filter(line -> NAMES.stream().anyMatch(line::contains))
            .toList());
    try (ConfigurableApplicationContext app = SeparatePortal.start(temp.resolve("portal"))) {
      CorpusImporter importer = app.getBean(CorpusImporter.class);
      importer.importFile(records);
      importer.importFile(records);
      List<Map<String, Object>> published =
          app.getBean(DatabaseClient.class)
              .sql(
                  "select party_name, coalesce(case_name, '') || facts"
                      + " || coalesce(licence_actions, '') as texts from penalty_decision")
              .fetch()
              .all()
              .collectList()
              .block();
      assertThat(published)
          .extracting(row -> row.get("party_name"))
          // 缪先高's decision is published twice in the source, without a number of its own (the
          // 公证书 numbers its text cites are not the decision's), so it stands twice.
          .containsExactlyInAnyOrder("于*年", "任*虎", "缪*高", "缪*高");
      for (Map<String, Object> row : published) {
        String texts = String.valueOf(row.get("texts"));
        assertThat(NAMES).noneMatch(texts::contains);
        assertThat(texts).contains(String.valueOf(row.get("party_name")));
      }
    }
  }
}
