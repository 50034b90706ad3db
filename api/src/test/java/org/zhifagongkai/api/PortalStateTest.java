package org.zhifagongkai.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

class PortalStateTest extends ApiTest {

  @Autowired ConnectionFactory connections;

  @Test
  void theStateNamesThePoolTheRunningStatementsAndThePortalsThreads() throws InterruptedException {
    Mono<Void> sleeping = database.sql("select pg_sleep(5) as held").then().cache();
    sleeping.subscribe();
    try {
      String state = "";
      for (int i = 0; i < 100 && !state.contains("pg_sleep(5)"); i++) {
        Thread.sleep(Duration.ofMillis(100));
        state = PortalState.describe(connections);
      }
      assertThat(state)
          .contains("connection pool: ")
          .containsPattern("[1-9]\\d* in use, \\d+ idle, \\d+ allocated of 20, 0 waiting")
          .contains("PostgreSQL, statements not idle:")
          .containsPattern("state=active .* query=select pg_sleep\\(5\\) as held")
          .contains("threads:")
          .contains("reactor-tcp-")
          .doesNotContain("(unknown");
    } finally {
      sleeping.block(Duration.ofMinutes(1));
    }
  }
}
