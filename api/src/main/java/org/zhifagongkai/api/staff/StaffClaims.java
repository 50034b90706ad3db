package org.zhifagongkai.api.staff;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/**
 * What a signed staff token says: who (issuer and subject, with a display name), in which role, and
 * for which body. An identity provider issues these claims; the portal checks only that they are
 * signed, current and consistent.
 *
 * @param agencyId the body, for {@code AGENCY_STAFF} and {@code SUPERVISOR}
 * @param contactPointId the contact point, for {@code CONTACT_POINT}
 */
public record StaffClaims(
    String issuer,
    String subject,
    String name,
    StaffRole role,
    @Nullable Long agencyId,
    @Nullable Long contactPointId) {

  public static final String ROLE = "role";
  public static final String AGENCY = "agency_id";
  public static final String CONTACT_POINT = "contact_point_id";
  public static final String NAME = "name";

  /** The claims of {@code jwt}; UNAUTHENTICATED where they are missing or contradict each other. */
  static StaffClaims of(Jwt jwt) {
    String subject = jwt.getSubject();
    String role = jwt.getClaimAsString(ROLE);
    if (subject == null || subject.isBlank() || role == null) {
      throw invalid("令牌缺少 sub 或 role", "The token lacks sub or role");
    }
    StaffRole staffRole;
    try {
      staffRole = StaffRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid("令牌中的角色无效：" + role, "The token's role is not one of the portal's: " + role);
    }
    Long agency = id(jwt, AGENCY);
    Long contactPoint = id(jwt, CONTACT_POINT);
    boolean needsAgency = staffRole == StaffRole.AGENCY_STAFF || staffRole == StaffRole.SUPERVISOR;
    if (needsAgency != (agency != null)
        || (staffRole == StaffRole.CONTACT_POINT) != (contactPoint != null)) {
      throw invalid(
          "令牌的角色与其机关或联系点不符",
          "The token's role does not match its body or contact point: "
              + "agency staff and supervisors name agency_id, contact points contact_point_id");
    }
    String name = jwt.getClaimAsString(NAME);
    // Read as text: an issuer need not be a URL (the local one is not).
    String issuer = jwt.getClaimAsString("iss");
    return new StaffClaims(
        issuer == null ? "" : issuer,
        subject,
        name == null || name.isBlank() ? subject : name.strip(),
        staffRole,
        agency,
        contactPoint);
  }

  private static @Nullable Long id(Jwt jwt, String claim) {
    Object value = jwt.getClaims().get(claim);
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.toString().strip());
    } catch (NumberFormatException e) {
      throw invalid("令牌的 " + claim + " 不是编号", "The token's " + claim + " is not an id");
    }
  }

  static PortalException invalid(String zh, String en) {
    return new PortalException(ErrorCode.UNAUTHENTICATED, zh, en);
  }
}
