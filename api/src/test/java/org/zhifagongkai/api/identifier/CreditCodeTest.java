package org.zhifagongkai.api.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhifagongkai.api.SharedData;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/**
 * GB 32100 check characters, tested against every labelled code in {@code shared/data/identifiers}.
 */
class CreditCodeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "uscc_vectors.csv",
        "real_uscc_from_public_lists.csv",
        "uscc_edge_sum_mod31_zero.csv"
      })
  void checkCharacterAgreesWithEveryLabelledVector(String file) throws IOException {
    List<CreditCodeVectors.Vector> vectors = CreditCodeVectors.read(file);
    for (CreditCodeVectors.Vector vector : vectors) {
      String value = vector.code().replace(" ", "");
      assertThat(CreditCode.hasValidCheckCharacter(value))
          .as(value)
          .isEqualTo(vector.checkCharacterValid());
    }
    int lines = Files.readAllLines(SharedData.file("identifiers/" + file)).size();
    assertThat(vectors).hasSize(lines - 1).isNotEmpty();
  }

  @Test
  void legallyIssuedPilotCodesAreWellFormedThoughTheirCheckFails() {
    assertThat(CreditCode.normalize("91350211M0000XUF46")).isEqualTo("91350211M0000XUF46");
    assertThat(CreditCode.hasValidCheckCharacter("91350211M0000XUF46")).isFalse();
  }

  @Test
  void normalizeRemovesSpacesAndFoldsCase() {
    assertThat(CreditCode.normalize(" 91350100m000 100y43 ")).isEqualTo("91350100M000100Y43");
    // As a Chinese input method types it, full width.
    assertThat(CreditCode.normalize("９１３５０１００Ｍ０００１００ｙ４３")).isEqualTo("91350100M000100Y43");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y4",
        "91350100M000100Y433",
        "9135010OM000100Y43",
        "91ABCDEFM000100Y43",
        ""
      })
  void malformedCodesAreRefusedWithTheirCode(String code) {
    assertThatThrownBy(() -> CreditCode.normalize(code))
        .isInstanceOfSatisfying(
            PortalException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CREDIT_CODE));
  }
}
