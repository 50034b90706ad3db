package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.SharedData;

/** 江门's list of minor environmental violations not penalised, from its structured table. */
class NoPenaltyImportTest extends ApiTest {

  private static final NoPenaltyImporter.Source JIANGMEN =
      new NoPenaltyImporter.Source(
          "江门市生态环境局（导入测试）",
          "NO_PENALTY",
          "ECO_ENVIRONMENT",
          LocalDate.of(2022, 2, 1),
          LocalDate.of(2025, 1, 31));

  @Autowired NoPenaltyImporter importer;

  @Test
  void importsTheFortyItemsOnceWhateverTheImports() {
    assertThat(
            importer.importTable(
                SharedData.file("benchmarks/jiangmen_eco_no_penalty_list_structured.csv"),
                JIANGMEN))
        .isEqualTo(40);
    importer.importTable(
        SharedData.file("benchmarks/jiangmen_eco_no_penalty_list_structured.csv"), JIANGMEN);
    Long stored =
        database
            .sql("select count(*) from no_penalty_item where issuer = :issuer")
            .bind("issuer", JIANGMEN.issuer())
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    assertThat(stored).isEqualTo(40);
    String first =
        database
            .sql("select violation from no_penalty_item where issuer = :issuer and seq = 1")
            .bind("issuer", JIANGMEN.issuer())
            .map(row -> row.get(0, String.class))
            .one()
            .block();
    assertThat(first).isEqualTo("建设单位未依法备案建设项目环境影响登记表");
  }
}
