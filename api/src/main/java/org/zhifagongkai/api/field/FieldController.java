package org.zhifagongkai.api.field;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

@Controller
class FieldController {

  private final FieldService fields;

  FieldController(FieldService fields) {
    this.fields = fields;
  }

  @QueryMapping
  Flux<EnforcementField> enforcementFields() {
    return fields.all();
  }
}
