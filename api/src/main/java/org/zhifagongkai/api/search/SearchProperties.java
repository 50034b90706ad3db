package org.zhifagongkai.api.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.search.*}: where the index lives, whether to rebuild it from the database on start,
 * and how often the indexer looks for changes.
 */
@ConfigurationProperties("portal.search")
public record SearchProperties(
    @DefaultValue("data/search-index") String indexDirectory,
    @DefaultValue("false") boolean rebuild,
    @DefaultValue("100ms") Duration pollInterval) {}
