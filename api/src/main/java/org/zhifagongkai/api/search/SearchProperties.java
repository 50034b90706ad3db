package org.zhifagongkai.api.search;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhifagongkai.search.Thesaurus;

/**
 * {@code portal.search.*}: where the index lives, whether to rebuild it from the database on start,
 * how often the indexer looks for changes, and a thesaurus file to use instead of the one built in
 * (read on start; the index needs no rebuild).
 */
@ConfigurationProperties("portal.search")
public record SearchProperties(
    @DefaultValue("data/search-index") String indexDirectory,
    @DefaultValue("false") boolean rebuild,
    @DefaultValue("100ms") Duration pollInterval,
    @Nullable String thesaurus) {

  Thesaurus readThesaurus() {
    return thesaurus == null || thesaurus.isBlank()
        ? Thesaurus.standard()
        : Thesaurus.read(Path.of(thesaurus));
  }
}
