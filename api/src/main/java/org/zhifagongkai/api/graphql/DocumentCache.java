package org.zhifagongkai.api.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps parsed and validated documents by their text, so that the same query sent again (as clients
 * and pages do, with variables) skips parsing and validation, which cost as much as a search.
 * Bounded: the least recently used documents leave first.
 */
@Configuration(proxyBeanMethods = false)
public class DocumentCache implements PreparsedDocumentProvider {

  static final int CAPACITY = 2_000;
  static final int MAX_QUERY_LENGTH = 20_000;

  private final Map<String, PreparsedDocumentEntry> documents =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
          return size() > CAPACITY;
        }
      };

  @Bean
  GraphQlSourceBuilderCustomizer cacheParsedDocuments() {
    return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    PreparsedDocumentEntry entry;
    synchronized (documents) {
      entry = documents.get(input.getQuery());
    }
    if (entry == null) {
      entry = parseAndValidate.apply(input);
      // Invalid documents are rare and answered with their errors; huge ones would fill the cache.
      if (!entry.hasErrors() && input.getQuery().length() <= MAX_QUERY_LENGTH) {
        synchronized (documents) {
          documents.put(input.getQuery(), entry);
        }
      }
    }
    return CompletableFuture.completedFuture(entry);
  }
}
