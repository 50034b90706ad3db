package org.zhifagongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThesaurusTest {

  @TempDir Path dir;

  @Test
  void theStandardThesaurusHoldsItsGroups() {
    Thesaurus standard = Thesaurus.standard();
    assertThat(standard.size()).isGreaterThanOrEqualTo(100);
    assertThat(standard.groups()).anyMatch(group -> group.containsAll(Set.of("逃税", "偷税")));
  }

  @Test
  void aWordThatIsNotTwoChineseCharactersIsRefusedWithItsLine() {
    assertThatThrownBy(() -> Thesaurus.parse("# 注释\n逃税, 偷税\n假, 假冒\n", "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test line 3: \"假\" is not a word of two or more Chinese characters");
    assertThatThrownBy(() -> Thesaurus.parse("ktv, 歌舞厅\n", "test"))
        .hasMessageContaining("line 1: \"ktv\"");
    assertThatThrownBy(() -> Thesaurus.parse("黑车 => 非法营运 => 营运\n", "test"))
        .hasMessage("test line 1: not a rule");
  }

  @Test
  void aOneWayRuleExpandsOnlyFromItsLeftSide() throws Exception {
    Path file = dir.resolve("thesaurus.txt");
    Files.writeString(file, "黑车 => 非法营运\n");
    try (SearchIndex index = SearchIndex.open(dir.resolve("index"), Thesaurus.read(file))) {
      index.apply(List.of(document(1, "某某非法营运"), document(2, "某某黑车揽客")), List.of(), 1);
      assertThat(index.search(request("黑车")).expandedTerms()).containsExactly("非法营运");
      assertThat(ids(index.search(request("黑车"))))
          .containsExactly("PenaltyDecision:2", "PenaltyDecision:1");
      assertThat(index.search(request("非法营运")).expandedTerms()).isEmpty();
      assertThat(ids(index.search(request("非法营运")))).containsExactly("PenaltyDecision:1");
    }
  }

  private static SearchDocument document(long id, String title) {
    return new SearchDocument(
        "PenaltyDecision:" + id,
        id,
        title,
        title,
        LocalDate.of(2025, 1, 1),
        Set.of(),
        Set.of(),
        Map.of(SearchFields.KIND, List.of("PENALTY_DECISION")));
  }

  private static SearchRequest request(String text) {
    return Requests.text(text, 10, null, SearchRequest.Answer.PAGE_ONLY);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }
}
