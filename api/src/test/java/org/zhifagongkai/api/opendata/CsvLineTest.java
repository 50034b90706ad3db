package org.zhifagongkai.api.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvLineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain text|plain text",
        "当事人，甲公司|当事人，甲公司",
        "a,b|\"a,b\"",
        "say \"no\"|\"say \"\"no\"\"\"",
        "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
        "+86 123|'+86 123",
        "-5|'-5",
        "@SUM(A1)|'@SUM(A1)"
      })
  void textCellsAreQuotedAndDefusedAsSpreadsheetsNeed(String text, String cell) {
    assertThat(CsvLine.of(List.of(text))).isEqualTo(cell + "\r\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "line one\nline two",
        "a \"quoted\", then a comma",
        "《中华人民共和国大气污染防治法》第九十九条第一款第（二）项",
        "tab\tinside"
      })
  void anIndependentParserReadsBackWhatWasWritten(String text) throws IOException {
    String line = CsvLine.of(Arrays.asList(text, null, new BigDecimal("125000.50")));
    CSVRecord record = CSVFormat.RFC4180.parse(new StringReader(line)).getRecords().getFirst();
    assertThat(record.values()).containsExactly(text, "", "125000.50");
  }

  @org.junit.jupiter.api.Test
  void valuesOfEveryTypeAreWrittenPlainly() {
    assertThat(
            CsvLine.of(
                Arrays.asList(
                    42L,
                    new BigDecimal("1E+3"),
                    LocalDate.of(2024, 5, 6),
                    Boolean.TRUE,
                    List.of("FINE", "WARNING"),
                    null)))
        .isEqualTo("42,1000,2024-05-06,true,FINE|WARNING,\r\n");
  }
}
