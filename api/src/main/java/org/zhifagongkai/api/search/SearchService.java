package org.zhifagongkai.api.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.agency.Agency;
import org.zhifagongkai.api.agency.AgencyService;
import org.zhifagongkai.api.benchmark.BenchmarkService;
import org.zhifagongkai.api.benchmark.BenchmarkViolation;
import org.zhifagongkai.api.field.EnforcementField;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.item.EnforcementItem;
import org.zhifagongkai.api.item.EnforcementItemService;
import org.zhifagongkai.api.law.LawService;
import org.zhifagongkai.api.law.LegalProvision;
import org.zhifagongkai.api.nopenalty.NoPenaltyItem;
import org.zhifagongkai.api.nopenalty.NoPenaltyService;
import org.zhifagongkai.api.paging.PageInfo;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.penalty.PenaltyDecision;
import org.zhifagongkai.api.penalty.PenaltyDecisionService;
import org.zhifagongkai.api.penalty.PenaltyKind;
import org.zhifagongkai.api.penalty.PublicationStatus;
import org.zhifagongkai.api.region.Region;
import org.zhifagongkai.api.region.RegionCodes;
import org.zhifagongkai.api.region.RegionService;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.search.SearchFields;
import org.zhifagongkai.search.SearchHit;
import org.zhifagongkai.search.SearchRequest;
import org.zhifagongkai.search.SearchResult;
import org.zhifagongkai.search.SearchWeights;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** One query box over everything published: checks the request, searches, and resolves the hits. */
@Service
public class SearchService {

  static final int MAX_QUERY_LENGTH = 200;

  private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}");

  /** Enough for every body of a city and every town of a county. */
  private static final int FACET_SIZE = 50;

  private final SearchIndexer indexer;
  private final RegionService regions;
  private final FieldService fields;
  private final AgencyService agencies;
  private final PenaltyDecisionService decisions;
  private final EnforcementItemService items;
  private final BenchmarkService benchmarks;
  private final NoPenaltyService noPenalty;
  private final LawService laws;

  SearchService(
      SearchIndexer indexer,
      RegionService regions,
      FieldService fields,
      AgencyService agencies,
      PenaltyDecisionService decisions,
      EnforcementItemService items,
      BenchmarkService benchmarks,
      NoPenaltyService noPenalty,
      LawService laws) {
    this.indexer = indexer;
    this.regions = regions;
    this.fields = fields;
    this.agencies = agencies;
    this.decisions = decisions;
    this.items = items;
    this.benchmarks = benchmarks;
    this.noPenalty = noPenalty;
    this.laws = laws;
  }

  public Mono<SearchConnection> search(
      String query, @Nullable SearchFilter filter, PageRequest page) {
    return search(query, filter, page, Parts.ALL, SearchWeights.COMBINED);
  }

  /**
   * Searches with the given weights; the relevance evaluation compares analysis choices with it.
   */
  Mono<SearchConnection> search(
      String query,
      @Nullable SearchFilter filter,
      PageRequest page,
      Parts parts,
      SearchWeights weights) {
    String text = checkQuery(query);
    SearchFilter given = filter == null ? SearchFilter.NONE : filter;
    checkDates(given);
    QueryInterpreter.Interpretation found = QueryInterpreter.interpret(text == null ? "" : text);
    return Mono.zip(region(given.regionCode()), fields.requireCode(given.field()))
        .flatMap(
            resolved -> {
              Map<String, String> filters = filters(given, resolved.getT1(), resolved.getT2());
              Map<String, List<String>> expand = new HashMap<>();
              resolved
                  .getT1()
                  .ifPresent(code -> expand.put(SearchFields.REGION, RegionCodes.ancestry(code)));
              boolean ranked = text != null || !found.keys().isEmpty();
              SearchRequest request =
                  new SearchRequest(
                      text,
                      found.keys(),
                      found.citations(),
                      filters,
                      given.from(),
                      given.to(),
                      page.first() + 1, // one more than the page, to know whether another follows
                      page.after() == null ? null : SearchCursors.decode(ranked, page.after()),
                      expand,
                      new SearchRequest.Answer(
                          parts.total(),
                          parts.facets() ? FACET_SIZE : 0,
                          parts.highlights(),
                          parts.interpretation()),
                      found.besideKeys());
              return Mono.fromCallable(() -> answer(request, found, weights))
                  .subscribeOn(Schedulers.boundedElastic())
                  .flatMap(result -> connection(result, request, page, parts.facetLabels()));
            });
  }

  /**
   * The index's answer. A typed range that names no decision (〔2016〕12-18号, where only single
   * numbers were published) is asked again for each number within it; a range that is a decision's
   * number is answered strictly, as any number is.
   */
  private SearchResult answer(
      SearchRequest request, QueryInterpreter.Interpretation found, SearchWeights weights) {
    SearchResult result = indexer.index().search(request, weights);
    if (!result.identifiers().isEmpty() || found.withinRanges().isEmpty()) {
      return result;
    }
    Set<String> keys = new LinkedHashSet<>(request.keys());
    keys.addAll(found.withinRanges());
    SearchResult within =
        indexer
            .index()
            .search(
                new SearchRequest(
                    request.text(),
                    keys,
                    request.citations(),
                    request.filters(),
                    request.from(),
                    request.to(),
                    request.first(),
                    request.after(),
                    request.expand(),
                    request.answer(),
                    request.besideKeys()),
                weights);
    return within.identifiers().isEmpty() ? result : within;
  }

  /**
   * Which costly parts of an answer the client asked for.
   *
   * @param facetLabels the names of facet values: regions, bodies and fields are read from the
   *     database for them, three queries a faceted search need not make when only values and counts
   *     are selected
   */
  public record Parts(
      boolean total,
      boolean facets,
      boolean facetLabels,
      boolean highlights,
      boolean interpretation) {

    public static final Parts ALL = new Parts(true, true, true, true, true);
  }

  /** Searches, computing facets and highlights only when asked for. */
  public Mono<SearchConnection> search(
      String query, @Nullable SearchFilter filter, PageRequest page, Parts parts) {
    return search(query, filter, page, parts, SearchWeights.COMBINED);
  }

  /** The query's text, or null for none; an INVALID_TEXT error when it says nothing or too much. */
  private static @Nullable String checkQuery(String query) {
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new PortalException(
          ErrorCode.INVALID_TEXT,
          "检索词不能超过 " + MAX_QUERY_LENGTH + " 个字符",
          "A query is at most " + MAX_QUERY_LENGTH + " characters long");
    }
    // Zero-width and direction marks, pasted with a number or a name, would split what they sit in.
    String text = FORMAT_CHARACTERS.matcher(query).replaceAll("");
    if (text.isBlank()) {
      return null;
    }
    if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new PortalException(
          ErrorCode.INVALID_TEXT,
          "检索词须包含文字或数字：" + text,
          "A query needs at least one letter or digit: " + text);
    }
    return Misreadings.corrected(text.strip());
  }

  private static void checkDates(SearchFilter filter) {
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      throw new PortalException(
          ErrorCode.INVALID_DATE_RANGE,
          "日期范围的起点 " + filter.from() + " 晚于终点 " + filter.to(),
          "from " + filter.from() + " is after to " + filter.to());
    }
  }

  /** The region code itself when it names a region; an INVALID_REGION_CODE error otherwise. */
  private Mono<Optional<String>> region(@Nullable String code) {
    return code == null
        ? Mono.just(Optional.empty())
        : regions.descendantPrefix(code).map(prefix -> Optional.of(RegionCodes.normalize(code)));
  }

  private static Map<String, String> filters(
      SearchFilter filter, Optional<String> region, Optional<String> field) {
    Map<String, String> filters = new LinkedHashMap<>();
    if (filter.kind() != null) {
      filters.put(SearchFields.KIND, filter.kind().name());
    }
    region.ifPresent(code -> filters.put(SearchFields.REGION, code));
    if (filter.agencyId() != null) {
      filters.put(
          SearchFields.AGENCY,
          Long.toString(Ids.parse(filter.agencyId(), "执法主体", "enforcement body")));
    }
    field.ifPresent(code -> filters.put(SearchFields.FIELD, code));
    if (filter.penaltyKind() != null) {
      filters.put(SearchFields.PENALTY_KIND, filter.penaltyKind().name());
    }
    if (filter.year() != null) {
      filters.put(SearchFields.YEAR, filter.year().toString());
    }
    if (filter.amountBand() != null) {
      filters.put(SearchFields.AMOUNT_BAND, filter.amountBand().name());
    }
    return filters;
  }

  private Mono<SearchConnection> connection(
      SearchResult result, SearchRequest request, PageRequest page, boolean facetLabels) {
    return Mono.zip(nodes(result.hits()), labels(result.facets(), facetLabels))
        .map(
            loaded -> {
              List<SearchHit> hits =
                  result.hits().subList(0, Math.min(result.hits().size(), page.first()));
              List<SearchConnection.Edge> edges = new ArrayList<>();
              for (SearchHit hit : hits) {
                Object node = loaded.getT1().get(hit.id());
                if (node != null) {
                  edges.add(
                      new SearchConnection.Edge(
                          SearchCursors.encode(request.ranked(), hit.sortValues()),
                          node,
                          hit.score(),
                          hit.highlights().entrySet().stream()
                              .map(h -> new SearchConnection.Highlight(h.getKey(), h.getValue()))
                              .toList()));
                }
              }
              PageInfo info =
                  new PageInfo(
                      result.hits().size() > page.first(),
                      page.after() != null,
                      edges.isEmpty() ? null : edges.getFirst().cursor(),
                      edges.isEmpty() ? null : edges.getLast().cursor());
              // Not counted only when totalCount is not selected, so the -1 is never seen.
              int total = result.totalHits() == null ? -1 : result.totalHits();
              return new SearchConnection(
                  edges,
                  info,
                  total,
                  loaded.getT2(),
                  new SearchConnection.Interpretation(
                      result.relaxed(), result.expandedTerms(), result.identifiers()));
            });
  }

  /** The records behind the hits, one query per kind. */
  private Mono<Map<String, Object>> nodes(List<SearchHit> hits) {
    Map<SearchRecordKind, Set<Long>> ids = new HashMap<>();
    for (SearchHit hit : hits) {
      ids.computeIfAbsent(SearchRecordKind.ofDocumentId(hit.id()), k -> new LinkedHashSet<>())
          .add(SearchRecordKind.recordId(hit.id()));
    }
    return Flux.fromIterable(ids.entrySet())
        .flatMap(entry -> load(entry.getKey(), entry.getValue()))
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  private Flux<Map.Entry<String, Object>> load(SearchRecordKind kind, Collection<Long> ids) {
    Flux<?> records =
        switch (kind) {
          // The index follows the database within a second: a decision taken off view meanwhile
          // is not shown from it.
          case PENALTY_DECISION ->
              decisions.byIds(ids).filter(d -> d.status() == PublicationStatus.PUBLISHED);
          case ENFORCEMENT_ITEM -> items.byIds(ids);
          case BENCHMARK_VIOLATION -> benchmarks.violationsByIds(ids);
          case NO_PENALTY_ITEM -> noPenalty.byIds(ids);
          case LEGAL_PROVISION -> laws.provisionsByIds(ids);
        };
    return records.map(record -> Map.entry(kind.documentId(idOf(record)), (Object) record));
  }

  private static long idOf(Object record) {
    return switch (record) {
      case PenaltyDecision d -> d.id();
      case EnforcementItem i -> i.id();
      case BenchmarkViolation v -> v.id();
      case NoPenaltyItem n -> n.id();
      case LegalProvision p -> p.id();
      default -> throw new IllegalStateException("Not a searchable record: " + record);
    };
  }

  /**
   * Facet counts with human labels: names of regions, bodies and fields, Chinese names of kinds.
   * Without {@code withNames}, regions, bodies and fields are labelled with their values, unread.
   */
  private Mono<List<SearchConnection.Facet>> labels(
      List<SearchResult.Facet> facets, boolean withNames) {
    Set<String> regionCodes = withNames ? valuesOf(facets, SearchFields.REGION) : Set.of();
    Set<Long> agencyIds = new LinkedHashSet<>();
    if (withNames) {
      valuesOf(facets, SearchFields.AGENCY).forEach(v -> agencyIds.add(Long.valueOf(v)));
    }
    Set<String> fieldCodes = withNames ? valuesOf(facets, SearchFields.FIELD) : Set.of();
    return Mono.zip(
            names(regionCodes, regions::byCodes, Region::code, Region::name),
            names(agencyIds, agencies::byIds, a -> a.id(), Agency::name),
            names(fieldCodes, fields::byCodes, EnforcementField::code, EnforcementField::name))
        .map(
            named -> {
              List<SearchConnection.Facet> labelled = new ArrayList<>();
              for (SearchResult.Facet facet : facets) {
                List<SearchConnection.FacetValue> values = new ArrayList<>();
                for (SearchResult.Count count : facet.counts()) {
                  String label =
                      switch (facet.dimension()) {
                        case SearchFields.REGION ->
                            named.getT1().getOrDefault(count.value(), count.value());
                        case SearchFields.AGENCY ->
                            named.getT2().getOrDefault(Long.valueOf(count.value()), count.value());
                        case SearchFields.FIELD ->
                            named.getT3().getOrDefault(count.value(), count.value());
                        case SearchFields.KIND -> SearchRecordKind.valueOf(count.value()).label;
                        case SearchFields.PENALTY_KIND ->
                            PenaltyKind.valueOf(count.value()).label();
                        case SearchFields.AMOUNT_BAND -> AmountBand.valueOf(count.value()).label;
                        default -> count.value() + "年";
                      };
                  values.add(new SearchConnection.FacetValue(count.value(), label, count.count()));
                }
                String parent = facet.path().isEmpty() ? null : facet.path().getLast();
                labelled.add(
                    new SearchConnection.Facet(dimensionName(facet.dimension()), parent, values));
              }
              return labelled;
            });
  }

  private static String dimensionName(String dimension) {
    return dimension.toUpperCase(java.util.Locale.ROOT);
  }

  private static Set<String> valuesOf(List<SearchResult.Facet> facets, String dimension) {
    Set<String> values = new LinkedHashSet<>();
    facets.stream()
        .filter(f -> f.dimension().equals(dimension))
        .forEach(f -> f.counts().forEach(c -> values.add(c.value())));
    return values;
  }

  private static <K, V> Mono<Map<K, String>> names(
      Set<K> keys,
      Function<Set<K>, Flux<V>> load,
      Function<V, K> keyOf,
      Function<V, String> nameOf) {
    if (keys.isEmpty()) {
      return Mono.just(Map.of());
    }
    return load.apply(keys).collectMap(keyOf, nameOf);
  }
}
