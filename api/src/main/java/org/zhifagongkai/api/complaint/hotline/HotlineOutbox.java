package org.zhifagongkai.api.complaint.hotline;

import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes the 12345 copy of a complaint into the outbox, inside the transaction that stores the
 * complaint: both are kept or neither, so an acknowledged complaint always reaches the hotline.
 * What the hotline receives is fixed here, when the order is made.
 */
@Component
public class HotlineOutbox {

  private final DatabaseClient database;

  HotlineOutbox(DatabaseClient database) {
    this.database = database;
  }

  public Mono<Void> enqueue(long complaintId, LocalDate replyDue) {
    return database
        .sql(
            """
            insert into hotline_order (complaint_id, idempotency_key, payload, status, reply_due)
            select c.id, gen_random_uuid(), jsonb_build_object(
                'trackingNumber', c.tracking_number,
                'category', c.category,
                'filedAt', c.filed_at,
                'enterprise', jsonb_build_object('name', c.enterprise_name,
                  'creditCode', c.enterprise_credit_code, 'regionCode', c.enterprise_region_code,
                  'contactName', c.contact_name, 'contactPhone', c.contact_phone),
                'agency', jsonb_build_object('id', a.id, 'name', a.name),
                'description', c.description,
                'handler', coalesce(cp.name, h.name),
                'acceptanceDue', c.acceptance_due,
                'replyDue', cast(:due as date)),
              'PENDING', :due
            from complaint c join agency a on a.id = c.agency_id
            left join contact_point cp on cp.id = c.contact_point_id
            left join agency h on h.id = c.handler_agency_id
            where c.id = :id
            """)
        .bind("id", complaintId)
        .bind("due", replyDue)
        .then();
  }
}
