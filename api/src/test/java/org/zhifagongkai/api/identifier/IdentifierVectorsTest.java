package org.zhifagongkai.api.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhifagongkai.api.SharedData;

/** Resident ids (GB 11643) and registration numbers (GS15), against every labelled vector. */
class IdentifierVectorsTest {

  @Test
  void residentIdsAgreeWithEveryVector() throws IOException {
    assertThat(check("idcard_vectors.csv", "id", "gb11643_checksum_ok", ResidentId::isValid))
        .isEqualTo(5);
  }

  @Test
  void registrationNumbersAgreeWithEveryVector() throws IOException {
    assertThat(
            check(
                "real_reg15_from_public_lists.csv",
                "reg_no",
                "gs15_checksum_ok",
                RegistrationNumber::isValid))
        .isEqualTo(547);
  }

  @ParameterizedTest
  @CsvSource({
    "11010519491231002x, true", // a lower-case check character is the same character
    "110105194902310028, false", // 31 February is no birth date
    "11010519491231002, false",
    "1101051949123100XX, false",
  })
  void residentIdsNeedTheirFormAndABirthDate(String id, boolean valid) {
    assertThat(ResidentId.isValid(id)).isEqualTo(valid);
  }

  private static int check(String file, String column, String label, Predicate<String> valid)
      throws IOException {
    List<String> lines = Files.readAllLines(SharedData.file("identifiers/" + file));
    List<String> header = List.of(lines.getFirst().split(","));
    int value = header.indexOf(column);
    int ok = header.indexOf(label);
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] row = line.split(",", -1);
      assertThat(valid.test(row[value].strip()))
          .as(row[value])
          .isEqualTo(Boolean.parseBoolean(row[ok].strip()));
      checked++;
    }
    return checked;
  }
}
