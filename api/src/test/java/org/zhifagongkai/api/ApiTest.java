package org.zhifagongkai.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The base of API tests: the whole application on a random port, over the embedded PostgreSQL with
 * the sample dataset and the known records of {@code fixtures/known-records.sql}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "portal.hotline.secret=" + ApiTest.HOTLINE_SECRET)
public abstract class ApiTest {

  /** The 12345 hotline's shared key in tests; the portal has none by default. */
  protected static final String HOTLINE_SECRET = "hotline-callback-test-key";

  @LocalServerPort protected int port;
  @Autowired protected DatabaseClient database;

  protected WebTestClient web;
  protected HttpGraphQlTester graphQl;

  /**
   * The tests' own HTTP client, on its own event loop and without a shared connection pool: a
   * portal of its own that a test closes (SeparatePortal) disposes Reactor Netty's global
   * resources, which left the next request on a dead pooled connection until its timeout.
   */
  private static final ReactorClientHttpConnector CONNECTOR =
      new ReactorClientHttpConnector(
          HttpClient.create(ConnectionProvider.newConnection())
              .runOn(LoopResources.create("api-test-client", 2, true)));

  @BeforeEach
  void connect() {
    // Two cores shared by the portal, its database and the test: a slow answer is no failure here.
    web =
        WebTestClient.bindToServer(CONNECTOR)
            .baseUrl("http://localhost:" + port)
            .responseTimeout(java.time.Duration.ofMinutes(3))
            .build();
    graphQl =
        HttpGraphQlTester.create(
            web.mutate().baseUrl("http://localhost:" + port + "/graphql").build());
    KnownRecords.ensureLoaded(database);
  }

  /** Runs a document that must fail, and returns its single error. */
  protected ResponseError onlyError(String document) {
    List<ResponseError> errors = new java.util.ArrayList<>();
    graphQl.document(document).execute().errors().satisfy(errors::addAll);
    assertThat(errors).hasSize(1);
    return errors.getFirst();
  }

  /** The {@code extensions.code} of the single error a document fails with. */
  protected String errorCode(String document) {
    return errorCode(graphQl.document(document).execute());
  }

  /** The {@code extensions.code} of the single error a response carries. */
  protected static String errorCode(GraphQlTester.Response response) {
    List<ResponseError> errors = new java.util.ArrayList<>();
    response.errors().satisfy(errors::addAll);
    assertThat(errors).hasSize(1);
    return String.valueOf(errors.getFirst().getExtensions().get("code"));
  }
}
