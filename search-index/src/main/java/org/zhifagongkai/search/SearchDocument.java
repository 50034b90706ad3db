package org.zhifagongkai.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A record as the index sees it.
 *
 * @param id unique across kinds, such as {@code PenaltyDecision:42}
 * @param sortKey unique across kinds; breaks ties so that paging is stable
 * @param keys exact identifier keys (normalised document numbers, credit codes) matched as whole
 *     values
 * @param citations normalised citations ({@code 食品安全法#124}) the record makes or is
 * @param facets for each dimension of {@link SearchFields#DIMENSIONS}, its values; for {@link
 *     SearchFields#REGION}, the path of codes from the province down
 */
public record SearchDocument(
    String id,
    long sortKey,
    String title,
    String body,
    @Nullable LocalDate date,
    Set<String> keys,
    Set<String> citations,
    Map<String, List<String>> facets) {}
