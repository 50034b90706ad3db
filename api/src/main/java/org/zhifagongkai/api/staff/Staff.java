package org.zhifagongkai.api.staff;

import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/**
 * The account a request acts as.
 *
 * @param agencyId the body the account belongs to, for agency staff and supervisors
 * @param contactPointId the contact point the account belongs to, for contact-point staff
 */
public record Staff(
    long id, String name, StaffRole role, @Nullable Long agencyId, @Nullable Long contactPointId) {

  /** Whether this account acts for enforcement body {@code agencyId}. */
  public boolean actsFor(long agencyId) {
    return role == StaffRole.AGENCY_STAFF && this.agencyId != null && this.agencyId == agencyId;
  }

  /** Refuses unless this account is staff of enforcement body {@code agencyId}. */
  public void requireAgency(long agencyId) {
    if (!actsFor(agencyId)) {
      throw new PortalException(
          ErrorCode.FORBIDDEN,
          "账号“" + name + "”无权代表执法主体 " + agencyId + " 操作",
          "Account '" + name + "' may not act for enforcement body " + agencyId);
    }
  }
}
