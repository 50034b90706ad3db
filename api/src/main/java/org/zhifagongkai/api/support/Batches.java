package org.zhifagongkai.api.support;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers a {@code @BatchMapping} with one query for a whole list of parents, so nested fields cost
 * one query per level rather than one per item.
 */
public final class Batches {

  private Batches() {}

  /**
   * Maps each source to the one value whose key it references. Sources with no reference, or a
   * reference to nothing, are left out and so resolve to null.
   */
  public static <S, K, V> Mono<Map<S, V>> one(
      List<S> sources,
      Function<S, @Nullable K> reference,
      Function<Set<K>, Flux<V>> load,
      Function<V, K> keyOf) {
    Set<K> keys = keys(sources, reference);
    if (keys.isEmpty()) {
      return Mono.just(Map.of());
    }
    return load.apply(keys)
        .collectMap(keyOf)
        .map(
            byKey -> {
              Map<S, V> result = new LinkedHashMap<>();
              for (S source : sources) {
                K key = reference.apply(source);
                V value = key == null ? null : byKey.get(key);
                if (value != null) {
                  result.put(source, value);
                }
              }
              return result;
            });
  }

  /**
   * Maps each source to the values that reference its key; a source with none gets an empty list.
   */
  public static <S, K, V> Mono<Map<S, List<V>>> many(
      List<S> sources, Function<S, K> key, Function<Set<K>, Flux<V>> load, Function<V, K> ownerOf) {
    Set<K> keys = keys(sources, key);
    return load.apply(keys)
        .collectMultimap(ownerOf)
        .map(
            byOwner -> {
              Map<S, List<V>> result = new LinkedHashMap<>();
              for (S source : sources) {
                Collection<V> values = byOwner.get(key.apply(source));
                result.put(source, values == null ? List.of() : List.copyOf(values));
              }
              return result;
            });
  }

  private static <S, K> Set<K> keys(List<S> sources, Function<S, @Nullable K> key) {
    Set<K> keys = new LinkedHashSet<>();
    sources.stream().map(key).filter(Objects::nonNull).forEach(keys::add);
    return keys;
  }

  /** Replaces each list of values by a list of their projections, keeping the sources' order. */
  public static <S, V, R> Map<S, List<R>> project(
      Map<S, List<V>> grouped, Function<V, R> projection) {
    Map<S, List<R>> result = new LinkedHashMap<>();
    grouped.forEach(
        (source, values) -> result.put(source, values.stream().map(projection).toList()));
    return result;
  }
}
