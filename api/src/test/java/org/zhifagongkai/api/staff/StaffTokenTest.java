package org.zhifagongkai.api.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.KnownRecords;
import org.zhifagongkai.api.SeparatePortal;

/**
 * Staff identity on signed JWTs: a token minted with the installation's key acts for its role and
 * body; a token that is expired, tampered with, unsigned, from another key or issuer, or whose
 * claims contradict each other, is refused, while public reads with it still answer.
 */
class StaffTokenTest extends ApiTest {

  private static final Path KEYS = Path.of(System.getProperty("portal.staff.local-key-directory"));
  private static final String ORDERS = "{ workOrders(first: 5) { totalCount } }";
  private static final String SUPERVISOR_ONLY =
      "{ workOrders(first: 5) { nodes { handler { id } } } }";

  @BeforeEach
  void complaintRecords() {
    KnownRecords.ensureComplaintRecords(database);
  }

  private static String mint(
      String subject,
      StaffRole role,
      @Nullable Long agency,
      @Nullable Long contactPoint,
      Duration life) {
    return mint(KEYS, StaffSecurity.LOCAL_ISSUER, subject, role, agency, contactPoint, life);
  }

  /** A token valid for {@code life} from now, or, for a negative life, expired that long ago. */
  private static String mint(
      Path keys,
      String issuer,
      String subject,
      StaffRole role,
      @Nullable Long agency,
      @Nullable Long contactPoint,
      Duration life) {
    Instant now = Instant.now();
    Instant from = life.isNegative() ? now.plus(life).minusSeconds(3600) : now;
    return MintStaffToken.mint(
        keys, issuer, subject, subject, role, agency, contactPoint, from, now.plus(life));
  }

  private GraphQlTester bearer(String token) {
    return graphQl.mutate().header("Authorization", "Bearer " + token).build();
  }

  private String refusal(String token, String document) {
    List<ResponseError> errors = new java.util.ArrayList<>();
    bearer(token).document(document).execute().errors().satisfy(errors::addAll);
    assertThat(errors).hasSize(1);
    return errors.getFirst().getExtensions().get("code") + " " + errors.getFirst().getMessage();
  }

  @Test
  void aMintedTokenActsForItsRoleAndBodyAndIsRecordedAsAnAccount() {
    String token =
        mint("cp-970002-zhang", StaffRole.CONTACT_POINT, null, 970002L, Duration.ofHours(1));
    bearer(token).document(ORDERS).execute().errors().verify();
    assertThat(
            database
                .sql(
                    "select role || ':' || contact_point_id from staff_account"
                        + " where issuer = 'zhifagongkai-local' and subject = 'cp-970002-zhang'")
                .map(row -> row.get(0, String.class))
                .all()
                .collectList()
                .block())
        .containsExactly("CONTACT_POINT:970002");
    // The same subject later holding another role: the row follows the token.
    String moved =
        mint("cp-970002-zhang", StaffRole.SUPERVISOR, 970003L, null, Duration.ofHours(1));
    bearer(moved).document(SUPERVISOR_ONLY).execute().errors().verify();
    assertThat(
            database
                .sql(
                    "select role || ':' || agency_id from staff_account where subject = 'cp-970002-zhang'")
                .map(row -> row.get(0, String.class))
                .all()
                .collectList()
                .block())
        .containsExactly("SUPERVISOR:970003");
  }

  @Test
  void aTokenActsOnlyForItsOwnBody() {
    String token =
        mint("agency-970001", StaffRole.AGENCY_STAFF, 970001L, null, Duration.ofHours(1));
    assertThat(
            refusal(
                token, "mutation { endRoutingRule(id: \"1\", lastDay: \"2027-01-01\") { id } }"))
        .startsWith("FORBIDDEN ");
  }

  @Test
  void expiredTamperedUnsignedAndForeignTokensAreRefusedAndPublicReadsStillAnswer(
      @TempDir Path otherKeys) {
    String expired = mint("late", StaffRole.HOTLINE, null, null, Duration.ofHours(-1));
    String valid = mint("hotline-1", StaffRole.HOTLINE, null, null, Duration.ofHours(1));
    String tampered = withPayload(valid, payload(valid).replace("\"HOTLINE\"", "\"ADMIN\""));
    String unsigned =
        encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(payload(valid)) + ".";
    String foreign =
        mint(
            otherKeys,
            StaffSecurity.LOCAL_ISSUER,
            "intruder",
            StaffRole.ADMIN,
            null,
            null,
            Duration.ofHours(1));
    String otherIssuer =
        mint(KEYS, "someone-else", "x", StaffRole.ADMIN, null, null, Duration.ofHours(1));

    bearer(valid).document("{ hotlineInbox(first: 1) { id } }").execute().errors().verify();
    for (String token : List.of(expired, tampered, unsigned, foreign, otherIssuer)) {
      assertThat(refusal(token, "{ hotlineInbox(first: 1) { id } }"))
          .startsWith("UNAUTHENTICATED ");
      bearer(token)
          .document("{ region(code: \"970100\") { name } }")
          .execute()
          .path("region.name")
          .entity(String.class)
          .isEqualTo("甲市");
    }
    assertThat(refusal(expired, "{ hotlineInbox(first: 1) { id } }"))
        .contains("validity period")
        .contains("有效期");
  }

  /**
   * A token must say when it ends: one without {@code exp}, however well signed, would act for ever
   * (Spring Security's timestamp check passes a token without one).
   */
  @Test
  void aSignedTokenWithoutAnExpiryIsRefused() throws Exception {
    String correct =
        "mutation { correctPenaltyDecision(id: \"1\", input: {"
            + " penaltyKinds: [FINE], fineAmount: \"500\", reason: \"更正处罚种类和金额\" }) { id } }";
    // The same claims with an expiry are accepted: the decision is another body's.
    assertThat(
            refusal(
                mint("agency-900005", StaffRole.AGENCY_STAFF, 900005L, null, Duration.ofHours(1)),
                correct))
        .startsWith("FORBIDDEN ");
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(StaffSecurity.LOCAL_ISSUER)
            .subject("agency-900005")
            .issueTime(new Date())
            .claim(StaffClaims.NAME, "agency-900005")
            .claim(StaffClaims.ROLE, StaffRole.AGENCY_STAFF.name())
            .claim(StaffClaims.AGENCY, 900005L)
            .build();
    SignedJWT endless = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    endless.sign(new RSASSASigner(LocalSigningKey.privateKey(LocalSigningKey.in(KEYS))));
    assertThat(refusal(endless.serialize(), correct))
        .startsWith("UNAUTHENTICATED ")
        .contains("validity period");
  }

  @Test
  void claimsThatContradictEachOtherOrNameNoKnownBodyAreRefused() {
    assertThat(refusal(mint("a", StaffRole.AGENCY_STAFF, null, null, Duration.ofHours(1)), ORDERS))
        .startsWith("UNAUTHENTICATED ")
        .contains("agency_id");
    assertThat(refusal(mint("b", StaffRole.HOTLINE, 970001L, null, Duration.ofHours(1)), ORDERS))
        .startsWith("UNAUTHENTICATED ");
    assertThat(
            refusal(mint("c", StaffRole.AGENCY_STAFF, 979999L, null, Duration.ofHours(1)), ORDERS))
        .startsWith("UNAUTHENTICATED ")
        .contains("does not know");
  }

  @Test
  void anAdministratorCanDisableATokensAccount() {
    String token = mint("to-disable", StaffRole.HOTLINE, null, null, Duration.ofHours(1));
    bearer(token).document("{ hotlineInbox(first: 1) { id } }").execute().errors().verify();
    database
        .sql("update staff_account set disabled_at = now() where subject = 'to-disable'")
        .then()
        .block();
    assertThat(refusal(token, "{ hotlineInbox(first: 1) { id } }"))
        .startsWith("UNAUTHENTICATED ")
        .contains("disabled");
  }

  @Test
  void opaqueTokensAreHonouredOnlyWhereTheSampleRuns(@TempDir Path directory) throws Exception {
    ConfigurableApplicationContext portal = SeparatePortal.start(directory);
    try {
      DatabaseClient db = portal.getBean(DatabaseClient.class);
      db.sql(
              "insert into staff_account (name, role, token_sha256)"
                  + " values ('旧令牌', 'HOTLINE', sha256('an-opaque-token'::bytea))")
          .then()
          .block();
      String port = portal.getEnvironment().getProperty("local.server.port");
      HttpGraphQlTester separate =
          HttpGraphQlTester.create(
              WebTestClient.bindToServer()
                  .baseUrl("http://localhost:" + port + "/graphql")
                  .build());
      List<ResponseError> errors = new java.util.ArrayList<>();
      separate
          .mutate()
          .header("Authorization", "Bearer an-opaque-token")
          .build()
          .document("{ hotlineInbox(first: 1) { id } }")
          .execute()
          .errors()
          .satisfy(errors::addAll);
      assertThat(errors)
          .singleElement()
          .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "UNAUTHENTICATED"));
      separate
          .mutate()
          .header(
              "Authorization",
              "Bearer " + mint("hotline-2", StaffRole.HOTLINE, null, null, Duration.ofHours(1)))
          .build()
          .document("{ hotlineInbox(first: 1) { id } }")
          .execute()
          .errors()
          .verify();
      assertThat(Files.exists(KEYS.resolve(LocalSigningKey.PRIVATE))).isTrue();
    } finally {
      portal.close();
    }
  }

  private static String payload(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  private static String withPayload(String token, String payload) {
    String[] parts = token.split("\\.");
    return parts[0] + "." + encode(payload) + "." + parts[2];
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
