package org.zhifagongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

  @TempDir Path dir;
  private SearchIndex index;

  @BeforeEach
  void open() {
    index = SearchIndex.open(dir);
    index.apply(
        List.of(
            decision(1, "东湖甲化工有限公司超标排放大气污染物", "云保监罚〔2018〕3号", "990102", "FINE", 2024),
            decision(2, "乙商贸有限公司发布虚假广告", "东市监罚〔2025〕7号", "990102", "FINE", 2025),
            decision(3, "丙物流公司人行道违规停车", "西综执罚〔2025〕9号", "990201", "WARNING", 2025),
            decision(4, "丁化工有限公司超过水污染物排放标准", "南环罚〔2023〕1号", "990301", "FINE", 2023)),
        List.of(),
        4);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static SearchDocument decision(
      long id, String title, String key, String county, String penalty, int year) {
    String city = county.substring(0, 4) + "00";
    return new SearchDocument(
        "PenaltyDecision:" + id,
        id,
        title,
        "经查，" + title + "。依据《大气污染防治法》第九十九条作出处罚。",
        LocalDate.of(year, 3, (int) (id % 28) + 1),
        Set.of(key),
        id == 1 ? Set.of("大气污染防治法#99") : Set.of(),
        Map.of(
            SearchFields.KIND, List.of("PENALTY_DECISION"),
            SearchFields.REGION, List.of("990000", city, county),
            SearchFields.PENALTY_KIND, List.of(penalty),
            SearchFields.YEAR, List.of(Integer.toString(year))));
  }

  private static SearchRequest request(
      @Nullable String text,
      Set<String> keys,
      Map<String, String> filters,
      Object @Nullable [] after) {
    return new SearchRequest(
        text,
        keys,
        Set.of(),
        filters,
        null,
        null,
        2,
        after,
        Map.of(),
        new SearchRequest.Answer(true, 10, true));
  }

  /** Two hits of {@code text}, without keys, filters or expansion, answering {@code answer}. */
  private static SearchRequest textOnly(String text, SearchRequest.Answer answer) {
    return Requests.text(text, 2, null, answer);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void wordsAndFragmentsFindTheRecordWithHighlights() {
    SearchResult result = index.search(request("超标排放", Set.of(), Map.of(), null));
    // The phrase first; then a record sharing only 排放 (超过…排放标准), which the union keeps.
    assertThat(ids(result)).containsExactly("PenaltyDecision:1", "PenaltyDecision:4");
    assertThat(result.relaxed()).isFalse();
    assertThat(result.expandedTerms()).startsWith("排污超标", "超标排污", "超过排放标准");
    assertThat(result.hits().getFirst().highlights().get("title"))
        .containsExactly("东湖甲化工有限公司<em>超标排放</em>大气污染物");
    assertThat(ids(index.search(request("违规停车", Set.of(), Map.of(), null))))
        .containsExactly("PenaltyDecision:3");
  }

  @Test
  void theThesaurusFindsTheOfficialWordingOfEverydayWords() {
    SearchResult result = index.search(request("夸大宣传", Set.of(), Map.of(), null));
    assertThat(ids(result)).containsExactly("PenaltyDecision:2");
    assertThat(result.relaxed()).as("nothing says 夸大宣传 itself").isTrue();
    assertThat(result.expandedTerms()).contains("虚假广告", "虚假宣传").doesNotContain("夸大宣传");
    assertThat(result.hits().getFirst().highlights().get("title"))
        .containsExactly("乙商贸有限公司发布<em>虚假广告</em>");
  }

  @Test
  void withoutTheThesaurusOnlyTheWordsTypedAreSearched() {
    index.close();
    index = SearchIndex.open(dir, Thesaurus.none());
    SearchResult result = index.search(request("夸大宣传", Set.of(), Map.of(), null));
    assertThat(ids(result)).isEmpty();
    assertThat(result.expandedTerms()).isEmpty();
    assertThat(result.relaxed()).as("nothing was widened into results").isFalse();
  }

  @Test
  void aRecordSharingSomeWordsIsFoundWhenNoneMatchesThemAll() {
    SearchResult result = index.search(request("停车场收费", Set.of(), Map.of(), null));
    assertThat(ids(result)).containsExactly("PenaltyDecision:3");
    assertThat(result.relaxed()).isTrue();
  }

  @Test
  void aWordSegmentedIntoSingleCharactersStillCountsForTheStrictReading() {
    // 无证 is read as 无 and 证, words of one character the word fields leave out: 排放 alone is not
    // what was typed, so the records that say 排放 are found widened.
    SearchResult result = index.search(request("排放 无证", Set.of(), Map.of(), null));
    assertThat(ids(result)).contains("PenaltyDecision:1");
    assertThat(result.relaxed()).isTrue();
  }

  @Test
  void aQueryOfOneCharacterFindsTheRecordsThatUseIt() {
    // 超 stands in 超标 and 超过 only: no field holds it alone.
    assertThat(ids(index.search(request("超", Set.of(), Map.of(), null))))
        .containsExactlyInAnyOrder("PenaltyDecision:1", "PenaltyDecision:4");
  }

  @Test
  void aQueryOfOneCharacterFindsItWhereItEndsARun() {
    index.apply(List.of(decision(5, "戊公司偷税", "东税罚〔2024〕5号", "990102", "FINE", 2024)), List.of(), 5);
    // 偷税。 has the bigram 偷税 and none beginning with 税.
    assertThat(ids(index.search(request("税", Set.of(), Map.of(), null))))
        .containsExactly("PenaltyDecision:5");
  }

  @Test
  void aTextBrokenAcrossLinesOrSpacedOutIsFoundByTheWordsItSays() {
    index.apply(
        List.of(
            decision(5, "戊公司销售水泥\n处理剂", "东市监罚〔2024〕5号", "990102", "FINE", 2024),
            decision(6, "己公司受到行 政 处 罚", "东市监罚〔2024〕6号", "990102", "FINE", 2024)),
        List.of(),
        5);
    assertThat(ids(index.search(request("泥处", Set.of(), Map.of(), null))))
        .containsExactly("PenaltyDecision:5");
    // Every record's body says 作出处罚; the one spacing out 行 政 处 罚 says it all.
    SearchResult spaced = index.search(request("行政处罚", Set.of(), Map.of(), null));
    assertThat(ids(spaced).getFirst()).isEqualTo("PenaltyDecision:6");
    assertThat(spaced.relaxed()).isFalse();
  }

  @Test
  void digitsAndLettersTypedFindTheLongerRunsHoldingThem() {
    index.apply(
        List.of(
            decision(5, "戊公司罚款15000元", "东市监罚〔2024〕5号", "990102", "FINE", 2024),
            decision(6, "己公司PM2.5超标", "东环罚〔2024〕6号", "990102", "FINE", 2024)),
        List.of(),
        5);
    assertThat(ids(index.search(request("5000", Set.of(), Map.of(), null))))
        .containsExactly("PenaltyDecision:5");
    assertThat(ids(index.search(request("5000元", Set.of(), Map.of(), null))))
        .contains("PenaltyDecision:5");
    assertThat(ids(index.search(request("2.5", Set.of(), Map.of(), null))))
        .containsExactly("PenaltyDecision:6");
    assertThat(ids(index.search(request("pm2", Set.of(), Map.of(), null))))
        .containsExactly("PenaltyDecision:6");
  }

  @Test
  void anIdentifierAlsoFindsTheRecordsThatSayItBelowTheRecordItNames() {
    index.apply(
        List.of(
            decision(5, "戊公司未履行南环罚〔2023〕1号决定", "东环罚〔2024〕5号", "990301", "FINE", 2024),
            decision(6, "己公司证人张*丰", "东环罚〔2024〕6号", "990301", "FINE", 2024),
            decision(7, "张*丰", "东环罚〔2024〕7号", "990301", "FINE", 2024)),
        List.of(),
        5);
    SearchResult number = index.search(Requests.naming("南环罚〔2023〕1号", "南环罚〔2023〕1号", null));
    assertThat(ids(number)).containsExactly("PenaltyDecision:4", "PenaltyDecision:5");
    SearchResult person = index.search(Requests.naming("张*丰", "东环罚〔2024〕7号", null));
    assertThat(ids(person)).containsExactly("PenaltyDecision:7", "PenaltyDecision:6");
  }

  @Test
  void whetherTheQueryWasWidenedIsToldOnlyWhenAsked() {
    SearchRequest.Answer notAsked = new SearchRequest.Answer(true, 0, false, false);
    SearchResult result = index.search(Requests.text("停车场收费", 2, null, notAsked));
    assertThat(ids(result)).containsExactly("PenaltyDecision:3");
    assertThat(result.totalHits()).isEqualTo(1);
    assertThat(result.relaxed()).isFalse();
    SearchRequest.Answer asked = new SearchRequest.Answer(true, 0, false, true);
    assertThat(index.search(Requests.text("停车场收费", 2, null, asked)).relaxed()).isTrue();
  }

  @Test
  void pagesFollowTheRescoredOrderPastItsWindow() {
    List<SearchDocument> many = new ArrayList<>();
    for (int i = 10; i < 170; i++) {
      String title = i % 3 == 0 ? "化工企业排放废水" : i % 3 == 1 ? "化工企业未按规定排放" : "企业化工原料排放";
      many.add(decision(i, title + i, "东环罚〔2024〕" + i + "号", "990102", "FINE", 2024));
    }
    index.apply(many, List.of(), 5);
    for (String text : List.of("化工 排放", "化工排放", "罚", "第九十九条 2024", "年")) {
      SearchResult all = index.search(Requests.text(text, 500, null, Requests.COUNTED));
      List<String> whole = ids(all);
      // The total is counted apart from the ranking: it must be what paging visits.
      assertThat(all.totalHits()).as(text).isEqualTo(whole.size());
      assertThat(whole).as(text).doesNotHaveDuplicates();
      List<String> paged = new ArrayList<>();
      Object[] after = null;
      do {
        SearchResult page =
            index.search(Requests.text(text, 7, after, SearchRequest.Answer.PAGE_ONLY));
        paged.addAll(ids(page));
        after = page.hits().size() < 7 ? null : page.hits().getLast().sortValues();
      } while (after != null);
      assertThat(paged).as(text).isEqualTo(whole);
    }
    assertThat(ids(index.search(request("化工 排放", Set.of(), Map.of(), null)))).hasSize(2);
  }

  @Test
  void anExactKeyRanksFirst() {
    SearchResult result = index.search(request("化工", Set.of("南环罚〔2023〕1号"), Map.of(), null));
    assertThat(ids(result).getFirst()).isEqualTo("PenaltyDecision:4");
    assertThat(result.totalHits()).isEqualTo(2);
  }

  @Test
  void anIdentifierNamingARecordIsAnsweredStrictly() {
    SearchRequest named = Requests.naming("南环罚〔2023〕1号", "南环罚〔2023〕1号", null);
    SearchResult result = index.search(named);
    assertThat(ids(result)).containsExactly("PenaltyDecision:4");
    assertThat(result.totalHits()).isEqualTo(1);
    assertThat(result.relaxed()).isFalse();

    SearchRequest unknown = Requests.naming("南环罚〔2023〕9号", "南环罚〔2023〕9号", null);
    // No record has that number, and no record's text shares a fragment of it.
    assertThat(ids(index.search(unknown))).isEmpty();
    SearchRequest withWords = Requests.naming("南环罚〔2023〕1号 超标排放", "南环罚〔2023〕1号", "超标排放");
    // The record named first, then the record the words beside its number name.
    assertThat(ids(index.search(withWords)))
        .containsExactly("PenaltyDecision:4", "PenaltyDecision:1");
  }

  @Test
  void aCitationFindsTheRecordThatMakesIt() {
    SearchResult result =
        index.search(
            new SearchRequest(
                null,
                Set.of(),
                Set.of("大气污染防治法#99"),
                Map.of(),
                null,
                null,
                10,
                null,
                Map.of(),
                new SearchRequest.Answer(true, 0, true)));
    assertThat(ids(result)).containsExactly("PenaltyDecision:1");
  }

  @Test
  void facetCountsAreExactAndTheProvinceCountsItsCities() {
    SearchResult result =
        index.search(
            new SearchRequest(
                null,
                Set.of(),
                Set.of(),
                Map.of(),
                null,
                null,
                1,
                null,
                Map.of(SearchFields.REGION, List.of("990000")),
                new SearchRequest.Answer(true, 10, true)));
    assertThat(result.totalHits()).isEqualTo(4);
    assertThat(facet(result, SearchFields.REGION))
        .containsExactly(
            new SearchResult.Count("990100", 2),
            new SearchResult.Count("990200", 1),
            new SearchResult.Count("990300", 1));
    assertThat(facet(result, SearchFields.PENALTY_KIND))
        .containsExactly(new SearchResult.Count("FINE", 3), new SearchResult.Count("WARNING", 1));
    SearchResult province = index.search(request(null, Set.of(), Map.of(), null));
    assertThat(facet(province, SearchFields.REGION))
        .containsExactly(new SearchResult.Count("990000", 4));
  }

  @Test
  void filtersNarrowHitsTotalsAndFacetsAlike() {
    SearchResult result =
        index.search(request(null, Set.of(), Map.of(SearchFields.REGION, "990100"), null));
    assertThat(result.totalHits()).isEqualTo(2);
    assertThat(ids(result)).containsExactly("PenaltyDecision:2", "PenaltyDecision:1");
    int facetTotal =
        facet(result, SearchFields.YEAR).stream().mapToInt(SearchResult.Count::count).sum();
    assertThat(facetTotal).isEqualTo(result.totalHits());
  }

  @Test
  void totalsAreCountedOnlyWhenAskedForAndAgreeWithFacets() {
    SearchRequest counted = request("化工", Set.of(), Map.of(), null);
    SearchRequest pageOnly = textOnly("化工", SearchRequest.Answer.PAGE_ONLY);
    SearchRequest totalOnly = textOnly("化工", new SearchRequest.Answer(true, 0, false));
    assertThat(index.search(pageOnly).totalHits()).isNull();
    assertThat(ids(index.search(pageOnly))).isEqualTo(ids(index.search(counted)));
    assertThat(index.search(totalOnly).totalHits())
        .isEqualTo(index.search(counted).totalHits())
        .isEqualTo(2);
  }

  /**
   * Texts broken by spaces and line breaks, as extracted pages are: the segmenter joins words over
   * the break, the bigrams do not. However they are asked for, totals must be what is returned.
   */
  @Test
  void totalsAgreeWithAndWithoutFacetsOnTextsBrokenAcrossLines() {
    String[] words = {"邮政", "行业", "安全", "监督", "管理", "办法", "道路", "运输", "条例", "化妆品", "卫生"};
    String[] breaks = {"", "", " ", "\n", "\u3000", "，"};
    Random random = new Random(20261201);
    List<SearchDocument> broken = new ArrayList<>();
    for (int i = 10; i < 410; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 1 + random.nextInt(4); w++) {
        String word = words[random.nextInt(words.length)];
        int cut = 1 + random.nextInt(word.length() - 1);
        String within = breaks[random.nextInt(breaks.length)];
        text.append(word, 0, cut).append(within).append(word.substring(cut));
        text.append(breaks[random.nextInt(breaks.length)]);
      }
      broken.add(decision(i, text.toString(), "东邮罚〔2024〕" + i + "号", "990102", "FINE", 2024));
    }
    index.apply(broken, List.of(), 5);
    for (int q = 0; q < 300; q++) {
      String text =
          words[random.nextInt(words.length)]
              + (q % 2 == 0 ? "" : " ")
              + words[random.nextInt(words.length)];
      int withFacets =
          index
              .search(Requests.text(text, 1, null, new SearchRequest.Answer(true, 5, false)))
              .totalHits();
      int without = index.search(Requests.text(text, 1, null, Requests.COUNTED)).totalHits();
      int returned =
          ids(index.search(Requests.text(text, 1_000, null, SearchRequest.Answer.PAGE_ONLY)))
              .size();
      assertThat(List.of(withFacets, without)).as(text).containsOnly(returned);
    }
  }

  @Test
  void pagingVisitsEveryHitOnce() {
    List<String> seen = new ArrayList<>();
    Object[] after = null;
    do {
      SearchResult page = index.search(request(null, Set.of(), Map.of(), after));
      seen.addAll(ids(page));
      after =
          page.hits().isEmpty() || seen.size() >= page.totalHits()
              ? null
              : page.hits().getLast().sortValues();
    } while (after != null);
    assertThat(seen)
        .containsExactly(
            "PenaltyDecision:3", "PenaltyDecision:2", "PenaltyDecision:1", "PenaltyDecision:4");
  }

  @Test
  void aDeletedRecordLeavesResultsAndFacets() {
    index.apply(List.of(), List.of("PenaltyDecision:1"), 5);
    SearchResult result = index.search(request("超标排放", Set.of(), Map.of(), null));
    assertThat(ids(result)).containsExactly("PenaltyDecision:4");
    assertThat(result.relaxed()).isTrue();
    SearchResult all = index.search(request(null, Set.of(), Map.of(), null));
    assertThat(all.totalHits()).isEqualTo(3);
    assertThat(facet(all, SearchFields.REGION))
        .containsExactly(new SearchResult.Count("990000", 3));
  }

  @Test
  void aRebuildReplacesEverythingAtOnce() {
    SearchIndex.Rebuild rebuild = index.startRebuild();
    rebuild.add(List.of(decision(7, "戊公司未按规定明码标价", "东市监罚〔2026〕1号", "990102", "WARNING", 2026)));
    assertThat(index.size()).isEqualTo(4);
    rebuild.commit(9);
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.appliedChangeSeq()).isEqualTo(9);
    assertThat(ids(index.search(request("明码标价", Set.of(), Map.of(), null))))
        .containsExactly("PenaltyDecision:7");
  }

  @Test
  void theAppliedChangeSurvivesAReopen() {
    assertThat(index.appliedChangeSeq()).isEqualTo(4);
    index.close();
    index = SearchIndex.open(dir);
    assertThat(index.appliedChangeSeq()).isEqualTo(4);
    assertThat(index.size()).isEqualTo(4);
  }

  @Test
  void recordsIndexedBeforeTheirIdsHadDocValuesAreStillNamed() throws IOException {
    index.close();
    try (IndexWriter earlier =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(ChineseAnalysis.perField()))) {
      Document doc =
          new Documents().toLucene(decision(5, "戊餐饮店无证经营", "北市监罚〔2022〕5号", "990102", "FINE", 2022));
      doc.removeFields(SearchFields.ID);
      doc.removeFields(SearchFields.ID_VALUE);
      doc.add(new StringField(SearchFields.ID, "PenaltyDecision:5", Field.Store.YES));
      earlier.addDocument(doc);
      earlier.commit();
    }
    index = SearchIndex.open(dir);
    assertThat(ids(index.search(textOnly("无证经营", SearchRequest.Answer.PAGE_ONLY))))
        .containsExactly("PenaltyDecision:5");
    assertThat(ids(index.search(textOnly("虚假广告", SearchRequest.Answer.PAGE_ONLY))))
        .containsExactly("PenaltyDecision:2");
  }

  @Test
  void anUnreadableIndexIsStartedAfreshAndAsksForARebuild() throws IOException {
    index.close();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    index = SearchIndex.open(dir);
    assertThat(index.appliedChangeSeq()).isEqualTo(-1);
    assertThat(index.size()).isZero();
  }

  @Test
  void aTruncatedFileOfAnySegmentIsFoundAtOpenAndTheIndexStartedAfresh(@TempDir Path copies)
      throws IOException {
    index.close();
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files =
          listed
              .filter(f -> !f.getFileName().toString().equals("write.lock"))
              .filter(f -> !f.getFileName().toString().startsWith("segments"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(3);
    for (Path damaged : files) {
      Path copy = copies.resolve(damaged.getFileName().toString() + "-index");
      Files.createDirectories(copy);
      for (Path file : files) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
      try (Stream<Path> listed = Files.list(dir)) {
        for (Path segments :
            listed.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
          Files.copy(segments, copy.resolve(segments.getFileName()));
        }
      }
      byte[] whole = Files.readAllBytes(damaged);
      Files.write(
          copy.resolve(damaged.getFileName()), java.util.Arrays.copyOf(whole, whole.length / 2));
      SearchIndex reopened = SearchIndex.open(copy);
      try {
        assertThat(reopened.appliedChangeSeq()).as(damaged.getFileName().toString()).isEqualTo(-1);
        assertThat(reopened.size()).isZero();
      } finally {
        reopened.close();
      }
    }
    index = SearchIndex.open(dir);
    assertThat(index.appliedChangeSeq()).isEqualTo(4);
  }

  private static List<SearchResult.Count> facet(SearchResult result, String dimension) {
    return result.facets().stream()
        .filter(f -> f.dimension().equals(dimension))
        .findFirst()
        .orElseThrow()
        .counts();
  }
}
