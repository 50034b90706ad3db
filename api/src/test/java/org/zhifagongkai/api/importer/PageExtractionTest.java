package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.SharedData;
import org.zhifagongkai.api.penalty.DocumentNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single decision pages as published, many malformed, against the values {@code expected.jsonl}
 * gives for 20 of them: document number, party, legal representative, authority and date.
 *
 * <p>12 of the 20 expectations hold a value their page does not contain: a short name the page
 * never uses (云南保监局 for a page that says only 我局), the site's publication date rather than the one
 * signed, a document number from the site's index. No reader of the page can give those; the test
 * proves which they are, and requires every other page to be read exactly.
 */
class PageExtractionTest {

  /** The pages whose expectations are all in their own text, and so must be read exactly. */
  private static final int READABLE = 8;

  @Test
  void readsNoFewerPagesExactlyThanRecorded() throws IOException {
    Path pages = SharedData.file("penalties/pages");
    JsonMapper json = JsonMapper.builder().build();
    List<String> misses = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    List<String> fieldMisses = new ArrayList<>();
    int pagesRead = 0;
    for (String line : Files.readAllLines(pages.resolve("expected.jsonl"))) {
      JsonNode expected = json.readTree(line);
      PageExtractor.Page page = PageExtractor.extract(pages.resolve(text(expected, "file")));
      List<String> wrong = new ArrayList<>();
      compareNumbers(wrong, text(expected, "doc_no"), page.documentNumber());
      compare(wrong, "party", text(expected, "party"), page.party());
      compare(wrong, "legal_rep", text(expected, "legal_rep"), page.legalRepresentative());
      compare(wrong, "authority", text(expected, "authority"), page.authority());
      LocalDate date = ImportDates.parse(text(expected, "date"));
      if (date != null && !date.equals(page.date())) {
        wrong.add("date " + date + " ≠ " + page.date());
      }
      List<String> absent = absentFromPage(expected, page);
      for (String miss : wrong) {
        String field = miss.substring(0, miss.indexOf(' '));
        if (absent.stream().noneMatch(a -> a.startsWith(field + " "))) {
          fieldMisses.add(text(expected, "file") + ": " + miss);
        }
      }
      if (!absent.isEmpty()) {
        unreadable.add(text(expected, "file") + ": " + absent);
      } else if (!wrong.isEmpty()) {
        misses.add(text(expected, "file") + ": " + wrong);
      }
      pagesRead++;
    }
    unreadable.forEach(page -> System.out.println("not in the page: " + page));
    System.out.printf(
        "pages: %d of %d exactly right; %d expect what their page does not say%n",
        pagesRead - misses.size() - unreadable.size(), pagesRead, unreadable.size());
    assertThat(pagesRead).isEqualTo(20);
    assertThat(pagesRead - unreadable.size()).isEqualTo(READABLE);
    assertThat(misses).as("pages whose expectations are in their text").isEmpty();
    // On the other pages too, a value the page gives is read, but where the expectation is a
    // truncated form of what the page says: the name it signs with, the number without its year.
    fieldMisses.forEach(miss -> System.out.println("field miss: " + miss));
    assertThat(fieldMisses)
        .containsExactly(
            "hebei_multi_1.html: authority 省财政厅 ≠ 河北省财政厅",
            "hainan_zjt_1.html: authority 海南省住房和城乡建设 ≠ 海南省住房和城乡建设厅",
            "hainan_zjt_3.html: doc_no 琼质监罚决字第25号 ≠ [2017]琼质监罚决字第25号",
            "hainan_zjt_3.html: authority 海南省住房和城乡建设 ≠ 海南省住房和城乡建设厅");
  }

  /** The expected values that the page's text (spaces and width aside) does not contain. */
  private static List<String> absentFromPage(JsonNode expected, PageExtractor.Page page) {
    String text = normal(page.title() + page.text());
    List<String> absent = new ArrayList<>();
    for (String field : List.of("doc_no", "party", "legal_rep", "authority")) {
      String value = normal(text(expected, field));
      if (!value.isEmpty() && !text.contains(value)) {
        absent.add(field + " " + value);
      }
    }
    LocalDate date = ImportDates.parse(text(expected, "date"));
    if (date != null && dateForms(date).stream().noneMatch(text::contains)) {
      absent.add("date " + date);
    }
    return absent;
  }

  /** The ways a page writes a day: 2016-04-18, 2016年4月18日, 20160418, 二○一六年四月十八日. */
  private static List<String> dateForms(LocalDate date) {
    String chinese =
        date.getYear() / 1000 == 2
            ? digits(date.getYear())
                + "年"
                + upToThirtyOne(date.getMonthValue())
                + "月"
                + upToThirtyOne(date.getDayOfMonth())
                + "日"
            : "";
    return List.of(
        date.toString(),
        date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日",
        date.toString().replace("-", ""),
        chinese,
        chinese.replace('〇', '○'));
  }

  private static final String NUMERALS = "〇一二三四五六七八九";

  private static String digits(int number) {
    StringBuilder written = new StringBuilder();
    for (char digit : Integer.toString(number).toCharArray()) {
      written.append(NUMERALS.charAt(digit - '0'));
    }
    return written.toString();
  }

  private static String upToThirtyOne(int number) {
    String tens = number < 10 ? "" : number < 20 ? "十" : NUMERALS.charAt(number / 10) + "十";
    return tens + (number % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(number % 10)));
  }

  /** Document numbers compare by their normalised key: brackets, 第, spaces and padding aside. */
  private static void compareNumbers(List<String> wrong, String expected, @Nullable String actual) {
    if (expected.isBlank()) {
      return;
    }
    String key = DocumentNumber.parse(expected).key();
    if (actual == null || !key.equals(DocumentNumber.parse(actual).key())) {
      wrong.add("doc_no " + expected + " ≠ " + actual);
    }
  }

  /** Compared after NFKC and without spaces; an empty expectation means the page gives none. */
  private static void compare(
      List<String> wrong, String field, String expected, @Nullable String actual) {
    if (expected.isBlank()) {
      return;
    }
    if (!Objects.equals(normal(expected), actual == null ? null : normal(actual))) {
      wrong.add(field + " " + expected + " ≠ " + actual);
    }
  }

  private static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asString();
  }
}
