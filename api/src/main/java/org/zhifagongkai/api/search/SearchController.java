package org.zhifagongkai.api.search;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.paging.PageRequest;
import reactor.core.publisher.Mono;

@Controller
class SearchController {

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  @QueryMapping
  Mono<SearchConnection> search(
      @Argument String query,
      @Argument @Nullable SearchFilter filter,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after,
      DataFetchingFieldSelectionSet selection) {
    SearchService.Parts parts =
        new SearchService.Parts(
            selection.contains("totalCount"),
            selection.contains("facets"),
            selection.contains("facets/values/label"),
            selection.contains("edges/highlights"),
            selection.contains("interpretation/relaxed"));
    return search.search(query, filter, PageRequest.of(first, after), parts);
  }
}
