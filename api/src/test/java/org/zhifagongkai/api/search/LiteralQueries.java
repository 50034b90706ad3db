package org.zhifagongkai.api.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Queries drawn by rule from the published decisions' own text, each with the decisions that must
 * answer it: every one whose searchable text (party, representative, number, case name, body,
 * facts, legal bases, licence actions) contains the query verbatim once full-width forms are
 * folded, Latin letters lower-cased and spaces taken out. The judgement reads the records, not the
 * index.
 */
final class LiteralQueries {

  /** A published decision as the database holds it, with its searchable text normalised. */
  record Published(
      long id,
      long agencyId,
      String agencyName,
      String regionCode,
      LocalDate date,
      boolean person,
      String partyName,
      String facts,
      String documentNumber,
      String text) {}

  /** A query, its kind, its filter, and the decisions that contain it within the filter. */
  record Query(String kind, String text, SearchFilter filter, Set<Long> relevant) {}

  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
  private static final Pattern BESIDE_NO_WORD = Pattern.compile(" (?![a-z0-9])|(?<![a-z0-9]) ");
  private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");
  private static final Pattern CITED_ARTICLE =
      Pattern.compile("《([^《》]{2,40})》第([零〇一二两三四五六七八九十百千]+|[0-9]{1,4})条");
  private static final Pattern FINE = Pattern.compile("罚款(?:人民币)?([0-9][0-9,.]*万?元)");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日");
  private static final Pattern LATIN =
      Pattern.compile(
          "(\\p{IsHan}{0,2})([a-z][a-z0-9.]*[a-z0-9]|[0-9][0-9.]*[a-z][a-z0-9.]*|[0-9]{5,})(\\p{IsHan}{0,2})");
  private static final Pattern MASKED = Pattern.compile("\\p{IsHan}\\*{1,2}\\p{IsHan}?");
  private static final Pattern SOME = Pattern.compile("\\p{IsHan}某{1,2}\\p{IsHan}?");
  private static final Pattern VILLAGE = Pattern.compile("\\p{IsHan}{2,3}村");
  private static final Pattern ACROSS_MARK = Pattern.compile("\\p{IsHan}{2}[，、；：（）]\\p{IsHan}{2}");
  private static final Pattern FORM =
      Pattern.compile("(（[^）]*）)?((股份)?有限(责任)?公司|分公司|公司|经营部|门市部|商店|超市|药店|店|厂|加油站|诊所)+$");
  private static final Pattern REGION_SUFFIX = Pattern.compile("(省|市|自治区|自治州|地区|区|县)$");
  private static final String CHINA = "中华人民共和国";

  /** Queries more records answer are not drawn: paging to each of them would take too long. */
  private static final int MOST_RELEVANT = 300;

  private final List<Published> records;
  private final Set<String> regionNames;
  private final Random random;

  LiteralQueries(List<Published> records, Set<String> regionNames, long seed) {
    this.records = records;
    this.regionNames = regionNames;
    this.random = new Random(seed);
  }

  /**
   * Full-width to half-width, Latin to lower case, no spaces but one between two Latin letters or
   * digits (the north face): how texts and queries compare.
   */
  static String normalise(String text) {
    String folded =
        SPACE
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
            .replaceAll(" ");
    return BESIDE_NO_WORD.matcher(folded).replaceAll("");
  }

  /** Every kind's queries, generated in a fixed order from the seed. */
  List<Query> all(int perKind) {
    List<Query> queries = new ArrayList<>();
    queries.addAll(factsSubstrings(perKind * 3));
    queries.addAll(organisations(perKind));
    queries.addAll(places(perKind));
    queries.addAll(bodies(perKind));
    queries.addAll(citations(perKind));
    queries.addAll(matches("amount (罚款5000元)", FINE, 0, perKind));
    queries.addAll(matches("amount alone (5000元)", FINE, 1, perKind));
    queries.addAll(matches("date (2018年3月5日)", DATE, 0, perKind));
    queries.addAll(matches("Latin or digits with Han (3C认证)", LATIN, 0, perKind));
    queries.addAll(matches("Latin or digits alone (pm2.5)", LATIN, 2, perKind));
    queries.addAll(matches("across a mark (公司，法定)", ACROSS_MARK, 0, perKind));
    queries.addAll(spaced(perKind));
    queries.addAll(oneCharacter(perKind / 3));
    queries.addAll(masked(perKind));
    queries.addAll(numbers(perKind));
    queries.addAll(filtered(queries, perKind * 2));
    return queries;
  }

  private List<Query> factsSubstrings(int count) {
    List<Query> queries = new ArrayList<>();
    for (int tries = 0; queries.size() < count && tries < count * 20; tries++) {
      String run = randomRun(pick(records).text(), HAN_RUN);
      if (run == null) {
        continue;
      }
      int length = 2 + random.nextInt(Math.min(7, run.length() - 1));
      int start = random.nextInt(run.length() - length + 1);
      String text = run.substring(start, start + length);
      Set<Long> relevant = containing(text);
      if (relevant.size() > MOST_RELEVANT) {
        continue;
      }
      String kind =
          relevant.size() == 1
              ? "facts, 2–8 Han, in 1 record"
              : relevant.size() <= 30
                  ? "facts, 2–8 Han, in 2–30 records"
                  : "facts, 2–8 Han, in 31–300 records";
      queries.add(new Query(kind, text, SearchFilter.NONE, relevant));
    }
    return queries;
  }

  private List<Query> organisations(int count) {
    List<Query> queries = new ArrayList<>();
    List<Published> organisations =
        shuffled(
            records.stream().filter(r -> !r.person() && !r.partyName().contains("*")).toList());
    for (Published record : organisations) {
      if (queries.size() >= count * 2) {
        break;
      }
      String name = normalise(record.partyName());
      if (name.length() < 4 || name.length() > 40) {
        continue;
      }
      queries.add(literal("organisation's full name", name));
      String shortName = FORM.matcher(withoutRegion(name)).replaceAll("");
      if (shortName.length() >= 2 && !shortName.equals(name)) {
        queries.add(literal("organisation without region and form", shortName));
      }
    }
    return queries;
  }

  /** The name without the regions it begins with (西藏自治区拉萨市…, 拉萨…). */
  private String withoutRegion(String name) {
    String rest = name;
    boolean cut = true;
    while (cut) {
      cut = false;
      for (int end = Math.min(rest.length() - 2, 10); end >= 2; end--) {
        String head = rest.substring(0, end);
        if (regionNames.contains(head)
            || regionNames.contains(head + "市")
            || regionNames.contains(head + "县")
            || regionNames.contains(head + "区")) {
          rest = rest.substring(end);
          cut = true;
          break;
        }
      }
    }
    return rest;
  }

  private List<Query> places(int count) {
    List<Query> queries = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (Published record : shuffled(records)) {
      if (named.size() >= count) {
        break;
      }
      Matcher place = Pattern.compile("\\p{IsHan}{2,4}?(县|镇|乡|街道)").matcher(record.text());
      while (place.find()) {
        String found = place.group();
        for (int start = 0; start < found.length() - 2; start++) {
          String name = found.substring(start);
          if (regionNames.contains(name) && !named.contains(name)) {
            named.add(name);
            break;
          }
        }
      }
    }
    named.stream().limit(count).forEach(n -> queries.add(literal("county or town (…县, …镇)", n)));
    queries.addAll(matches("village (…村)", VILLAGE, 0, count));
    return queries;
  }

  private List<Query> bodies(int count) {
    List<Query> queries = new ArrayList<>();
    List<String> names =
        shuffled(
            new ArrayList<>(
                records.stream()
                    .map(r -> normalise(r.agencyName()))
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))));
    for (String name : names.subList(0, Math.min(count, names.size()))) {
      queries.add(literal("body's name", name));
      String shortName = withoutRegion(name);
      if (shortName.length() >= 2 && !shortName.equals(name)) {
        queries.add(literal("body's name without region", shortName));
      }
    }
    return queries;
  }

  /**
   * Articles cited as the records cite them (《中华人民共和国食品安全法》第一百二十四条), and typed short (食品安全法第124条):
   * the latter answered by every record citing that article of that law, in either numeral, with or
   * without 中华人民共和国 and the title marks.
   */
  private List<Query> citations(int count) {
    List<Query> queries = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Published record : shuffled(records)) {
      if (queries.size() >= count * 2) {
        break;
      }
      Matcher cited = CITED_ARTICLE.matcher(record.text());
      List<MatchResult> all = new ArrayList<>();
      while (cited.find()) {
        all.add(new MatchResult(cited.group(), cited.group(1), cited.group(2)));
      }
      if (all.isEmpty()) {
        continue;
      }
      MatchResult one = all.get(random.nextInt(all.size()));
      if (seen.contains(one.whole())) {
        continue;
      }
      seen.add(one.whole());
      queries.add(literal("law and article as cited (《…》第…条)", one.whole()));
      long article = numeral(one.article());
      if (article <= 0) {
        continue;
      }
      String title =
          one.title().startsWith(CHINA) ? one.title().substring(CHINA.length()) : one.title();
      Pattern any =
          Pattern.compile(
              "("
                  + Pattern.quote(CHINA)
                  + ")?"
                  + Pattern.quote(title)
                  + "》?第("
                  + article
                  + "|"
                  + Pattern.quote(chinese(article))
                  + ")条");
      queries.add(
          new Query(
              "law and article typed short (食品安全法第124条)",
              title + "第" + article + "条",
              SearchFilter.NONE,
              matching(t -> any.matcher(t).find())));
    }
    return queries;
  }

  private record MatchResult(String whole, String title, String article) {}

  private List<Query> matches(String kind, Pattern pattern, int group, int count) {
    List<Query> queries = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Published record : shuffled(records)) {
      if (queries.size() >= count) {
        break;
      }
      Matcher found = pattern.matcher(record.text());
      List<String> all = new ArrayList<>();
      while (found.find()) {
        all.add(found.group(group));
      }
      if (all.isEmpty()) {
        continue;
      }
      String text = all.get(random.nextInt(all.size()));
      if (text.length() >= 1 && seen.add(text)) {
        queries.add(literal(kind, text));
      }
    }
    return queries;
  }

  /** Han substrings of four to six characters typed with a space inside (违法 行为). */
  private List<Query> spaced(int count) {
    List<Query> queries = new ArrayList<>();
    for (int tries = 0; queries.size() < count && tries < count * 20; tries++) {
      String run = randomRun(pick(records).text(), Pattern.compile("\\p{IsHan}{4,}"));
      if (run == null) {
        continue;
      }
      int length = 4 + random.nextInt(Math.min(3, run.length() - 3));
      int start = random.nextInt(run.length() - length + 1);
      String text = run.substring(start, start + length);
      int cut = 1 + random.nextInt(length - 1);
      Set<Long> relevant = containing(text);
      if (relevant.size() > MOST_RELEVANT) {
        continue;
      }
      queries.add(
          new Query(
              "typed with a space inside (违法 行为)",
              text.substring(0, cut) + " " + text.substring(cut),
              SearchFilter.NONE,
              relevant));
    }
    return queries;
  }

  /** Characters found in at most 30 records: a one-character query's records can all be paged. */
  private List<Query> oneCharacter(int count) {
    List<Query> queries = new ArrayList<>();
    for (int tries = 0; queries.size() < count && tries < count * 50; tries++) {
      String run = randomRun(pick(records).text(), HAN_RUN);
      if (run == null) {
        continue;
      }
      int at = random.nextInt(run.length());
      String text = run.substring(at, at + 1);
      Set<Long> relevant = containing(text);
      if (relevant.size() <= 30 && queries.stream().noneMatch(q -> q.text().equals(text))) {
        queries.add(new Query("one character (rare)", text, SearchFilter.NONE, relevant));
      }
    }
    return queries;
  }

  private List<Query> masked(int count) {
    List<Query> queries = new ArrayList<>();
    shuffled(records.stream().filter(Published::person).toList()).stream()
        .map(r -> normalise(r.partyName()))
        .filter(n -> MASKED.matcher(n).matches())
        .distinct()
        .limit(count)
        .forEach(n -> queries.add(literal("person as published (张*丰)", n)));
    shuffled(records.stream().filter(Published::person).toList()).stream()
        .map(r -> normalise(r.partyName()))
        .filter(n -> MASKED.matcher(n).matches())
        .map(n -> n.substring(0, 1) + "*")
        .distinct()
        .limit(count / 2)
        .forEach(n -> queries.add(literal("surname and mask (张*)", n)));
    queries.addAll(matches("masked name in the facts (张某某)", SOME, 0, count));
    return queries;
  }

  private List<Query> numbers(int count) {
    List<Query> queries = new ArrayList<>();
    shuffled(records).stream()
        .map(r -> normalise(r.documentNumber()))
        .filter(n -> n.length() >= 5 && n.matches(".*[0-9].*"))
        .distinct()
        .limit(count)
        .forEach(n -> queries.add(literal("document number as published", n)));
    return queries;
  }

  /**
   * Queries of the kinds above that at least two records answer, within a region, a body or the
   * year of one of them: the records within it still answer.
   */
  private List<Query> filtered(List<Query> unfiltered, int count) {
    Map<Long, Published> byId = new LinkedHashMap<>();
    records.forEach(r -> byId.put(r.id(), r));
    List<Query> candidates =
        shuffled(
            unfiltered.stream()
                .filter(q -> q.relevant().size() >= 2 && q.relevant().size() <= 300)
                .filter(q -> !q.kind().startsWith("one character"))
                .toList());
    List<Query> queries = new ArrayList<>();
    for (Query query : candidates) {
      if (queries.size() >= count) {
        break;
      }
      List<Long> relevant = new ArrayList<>(query.relevant());
      Published one = byId.get(relevant.get(random.nextInt(relevant.size())));
      switch (queries.size() % 4) {
        case 0 -> {
          String province = one.regionCode().substring(0, 2);
          queries.add(
              within(
                  "with the region (province)",
                  query,
                  new SearchFilter(
                      null, province + "0000", null, null, null, null, null, null, null),
                  r -> r.regionCode().startsWith(province)));
        }
        case 1 -> {
          String city = one.regionCode().substring(0, 4);
          queries.add(
              within(
                  "with the region (city)",
                  query,
                  new SearchFilter(null, city + "00", null, null, null, null, null, null, null),
                  r -> r.regionCode().startsWith(city)));
        }
        case 2 ->
            queries.add(
                within(
                    "with the body",
                    query,
                    new SearchFilter(
                        null,
                        null,
                        Long.toString(one.agencyId()),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                    r -> r.agencyId() == one.agencyId()));
        default -> {
          LocalDate from = one.date().withDayOfYear(1);
          LocalDate to = from.plusYears(1).minusDays(1);
          queries.add(
              within(
                  "with a date range (the year)",
                  query,
                  new SearchFilter(null, null, null, null, null, null, null, from, to),
                  r -> !r.date().isBefore(from) && !r.date().isAfter(to)));
        }
      }
    }
    return queries;
  }

  private Query within(String kind, Query query, SearchFilter filter, Predicate<Published> keeps) {
    Set<Long> relevant = new LinkedHashSet<>();
    for (Published record : records) {
      if (query.relevant().contains(record.id()) && keeps.test(record)) {
        relevant.add(record.id());
      }
    }
    return new Query(kind, query.text(), filter, relevant);
  }

  private Query literal(String kind, String text) {
    return new Query(kind, text, SearchFilter.NONE, containing(normalise(text)));
  }

  private Set<Long> containing(String normalised) {
    return matching(t -> t.contains(normalised));
  }

  private Set<Long> matching(Predicate<String> text) {
    Set<Long> ids = new LinkedHashSet<>();
    for (Published record : records) {
      if (text.test(record.text())) {
        ids.add(record.id());
      }
    }
    return ids;
  }

  private @Nullable String randomRun(String text, Pattern run) {
    Matcher found = run.matcher(text);
    List<String> runs = new ArrayList<>();
    while (found.find()) {
      runs.add(found.group());
    }
    return runs.isEmpty() ? null : runs.get(random.nextInt(runs.size()));
  }

  private Published pick(List<Published> from) {
    return from.get(random.nextInt(from.size()));
  }

  private <T> List<T> shuffled(List<T> all) {
    List<T> copy = new ArrayList<>(all);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** Chinese numerals of an article number (一百二十四 → 124); 0 when not read. */
  static long numeral(String text) {
    if (text.matches("[0-9]+")) {
      return Long.parseLong(text);
    }
    String digits = "零一二三四五六七八九";
    long total = 0;
    long digit = 0;
    for (char c : text.replace('〇', '零').replace('两', '二').toCharArray()) {
      int d = digits.indexOf(c);
      if (d >= 0) {
        digit = d;
      } else {
        long unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
        if (unit == 0) {
          return 0;
        }
        total += (digit == 0 && unit == 10 ? 1 : digit) * unit;
        digit = 0;
      }
    }
    return total + digit;
  }

  /** An article number as the records write it in Chinese numerals (124 → 一百二十四). */
  static String chinese(long number) {
    String digits = "零一二三四五六七八九";
    String[] units = {"", "十", "百", "千"};
    String text = Long.toString(number);
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int i = 0; i < text.length(); i++) {
      int d = text.charAt(i) - '0';
      int unit = text.length() - 1 - i;
      if (d == 0) {
        zero = true;
        continue;
      }
      if (zero && out.length() > 0) {
        out.append('零');
      }
      zero = false;
      if (!(d == 1 && unit == 1 && out.length() == 0)) {
        out.append(digits.charAt(d));
      }
      out.append(units[unit]);
    }
    return out.toString();
  }
}
