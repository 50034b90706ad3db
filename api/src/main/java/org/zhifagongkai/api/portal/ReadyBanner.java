package org.zhifagongkai.api.portal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the portal where to point a browser. */
@Component
class ReadyBanner {

  private static final Log log = LogFactory.getLog(ReadyBanner.class);

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    String base = "http://localhost:" + web.getWebServer().getPort();
    log.info(
        "执法公开 is ready: portal "
            + base
            + "/ · GraphiQL "
            + base
            + "/graphiql · API POST "
            + base
            + "/graphql · health "
            + base
            + "/actuator/health");
  }
}
