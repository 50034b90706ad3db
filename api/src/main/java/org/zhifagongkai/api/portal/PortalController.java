package org.zhifagongkai.api.portal;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class PortalController {

  private final DatasetRepository datasets;

  PortalController(DatasetRepository datasets) {
    this.datasets = datasets;
  }

  @QueryMapping
  Mono<Portal> portal() {
    return datasets.all().collectList().map(Portal::new);
  }
}
