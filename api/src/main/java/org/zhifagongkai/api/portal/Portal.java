package org.zhifagongkai.api.portal;

import java.util.List;

/** What the portal holds. */
public record Portal(List<Dataset> datasets) {

  public boolean sampleData() {
    return datasets.stream().anyMatch(Dataset::sample);
  }
}
