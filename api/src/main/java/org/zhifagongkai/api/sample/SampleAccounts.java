package org.zhifagongkai.api.sample;

import static org.zhifagongkai.api.sample.Table.column;

import java.nio.ByteBuffer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.staff.StaffTokens;

/**
 * The sample's staff accounts, so that every side of the portal can be tried on the sample: each
 * enforcement body ({@code sample-agency-<id>}), each 司法行政 supervision body ({@code
 * sample-supervisor-<id>}), each contact point ({@code sample-contact-point-<id>}), the hotline
 * ({@code sample-hotline}) and an administrator ({@code sample-admin}). The tokens are printed in
 * the README; they exist only where the sample is loaded.
 */
final class SampleAccounts {

  static final String AGENCY = "sample-agency-";
  static final String SUPERVISOR = "sample-supervisor-";
  static final String CONTACT_POINT = "sample-contact-point-";
  static final String HOTLINE = "sample-hotline";
  static final String ADMIN = "sample-admin";

  final Table accounts =
      new Table(
          "staff_account",
          List.of(
              column("id", Long.class),
              column("name", String.class),
              column("role", String.class),
              column("agency_id", Long.class),
              column("contact_point_id", Long.class),
              column("token_sha256", ByteBuffer.class)));

  private long nextId;

  SampleAccounts(SampleBodies bodies, Table contactPoints) {
    for (SampleBodies.Body body : bodies.bodies) {
      String role = body.field() == null ? "SUPERVISOR" : "AGENCY_STAFF";
      String prefix = body.field() == null ? SUPERVISOR : AGENCY;
      add(body.name() + " 示例账号", role, body.id(), null, prefix + body.id());
    }
    for (Object[] point : contactPoints.rows()) {
      long id = (Long) point[0];
      add(point[1] + " 示例账号", "CONTACT_POINT", null, id, CONTACT_POINT + id);
    }
    add("12345 热线 示例账号", "HOTLINE", null, null, HOTLINE);
    add("系统管理员 示例账号", "ADMIN", null, null, ADMIN);
  }

  private void add(
      String name, String role, @Nullable Long agencyId, @Nullable Long pointId, String token) {
    accounts.row(++nextId, name, role, agencyId, pointId, ByteBuffer.wrap(StaffTokens.hash(token)));
  }
}
