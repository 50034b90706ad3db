package org.zhifagongkai.api.complaint;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A body to complain about (1, 上城区), its supervision body (2, 杭州市司法局) and a contact point of 杭州
 * (1), for separate portals over the real region tables, where enterprises of 杭州 file.
 */
public final class HangzhouBodies {

  public static final String CONTACT_POINT = "杭州市工商联行政执法监督联系点";

  private HangzhouBodies() {}

  public static void insert(DatabaseClient database) {
    database
        .sql(
            """
            insert into agency (id, name, region_code, level, kind) values
              (1, '杭州市上城区市场监督管理局', '330102', 'COUNTY', 'SPECIALISED'),
              (2, '杭州市司法局', '330100', 'CITY', 'SUPERVISION');
            insert into contact_point (id, name, host_kind, host_name, region_code) values
              (1, '杭州市工商联行政执法监督联系点', 'CHAMBER_OF_COMMERCE', '杭州市工商业联合会', '330100');
            """)
        .then()
        .block();
  }
}
