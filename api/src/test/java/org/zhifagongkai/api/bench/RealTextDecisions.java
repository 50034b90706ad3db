package org.zhifagongkai.api.bench;

import java.time.Duration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Benchmark decisions written from the real corpus's decisions already imported: each takes one
 * real decision's facts and case name, with the party renamed, county and town names replaced,
 * digits permuted, and a piece of a second real decision's facts appended, so that texts vary as
 * real ones do and scores rarely tie. Each has a document number of its body's form, and the
 * portal's key for it, so that it is found by its number as a real one is. Inserted without the
 * search triggers: the benchmark rebuilds the index afterwards.
 */
final class RealTextDecisions {

  static final String SOURCE_BODY = "基准测试数据（由真实处罚决定改写，非真实处罚）";

  private RealTextDecisions() {}

  /** Writes up to {@code count} decisions; returns how many were written. */
  static long generate(DatabaseClient database, int count) {
    database
        .sql(
            """
            do $$
            declare
              places text[] := array['东湖','西岭','南山','北川','清河','临江','青石','白沙','金桥','长乐',
                                     '永安','新华','安宁','顺德','江口','石门','云岭','海阳','兴隆','平川'];
              words text[] := array['宏达','恒信','瑞丰','鑫源','华泰','金鼎','盛世','天成','永利','佳禾',
                                    '明辉','汇通','德丰','润泽','博远','嘉禾','中联','利民','正和','信达'];
              trades text[] := array['商贸','建材','餐饮','物流','科技','化工','食品','药业','置业','机电'];
              surnames text[] := array['王','李','张','刘','陈','杨','黄','赵','吴','周',
                                       '徐','孙','马','朱','胡','郭','何','高','林','罗'];
              givens text[] := array['建国','丽华','志强','秀英','海峰','晓东','春梅','文杰','玉兰','国庆',
                                     '明亮','红霞','德胜','桂芳','永红','少华','金凤','立新','翠萍','长江'];
              digits text[] := array['1234567890','2345678901','3456789012','4567890123','5678901234',
                                     '6789012345','7890123456','8901234567','9012345678','0987654321'];
              total int;
            begin
              set local session_replication_role = replica;
              create temp table real_decision on commit drop as
                select row_number() over (order by id) as n, *
                from penalty_decision where source_body not like '示例数据%%';
              select count(*) into total from real_decision;
              insert into penalty_decision (
                  document_number, document_number_key, document_prefix, document_year,
                  document_seq_first, document_seq_last, party_kind, party_name, facts,
                  violated_provisions, penalty_provisions, penalty_kinds, fine_amount,
                  confiscation_amount, licence_actions, decision_date, agency_id, region_code,
                  field_code, published_on, publish_until, source_body, case_name,
                  severity_class, decision_date_basis)
              select
                  numbered.number, numbered.number, numbered.prefix, numbered.year, g, g,
                  a.party_kind, named.party,
                  regexp_replace(
                      translate(replace(a.facts, a.party_name, named.party), '0123456789', digits[1 + g %% 10])
                        || '另查明，'
                        || left(translate(replace(b.facts, b.party_name, named.party), '0123456789',
                                          digits[1 + (g / 10) %% 10]), 30 + g %% 170),
                      '[一-龥]{2}(县|镇|乡)', places[1 + (g / 7) %% 20] || '\\1', 'g'),
                  a.violated_provisions, a.penalty_provisions, a.penalty_kinds,
                  a.fine_amount, a.confiscation_amount, a.licence_actions,
                  date '2012-01-01' + g %% 4700, a.agency_id, a.region_code, a.field_code,
                  date '2012-01-06' + g %% 4700, date '2099-12-31', '%s',
                  replace(a.case_name, a.party_name, named.party),
                  a.severity_class, 'STATED'
              from generate_series(1, %d) g
              join real_decision a on a.n = 1 + (g::bigint * 7919) %% total
              join real_decision b on b.n = 1 + (g::bigint * 104729 + 17) %% total
              cross join lateral (
                  select case when a.party_kind = 'NATURAL_PERSON'
                              then surnames[1 + g %% 20] || givens[1 + (g / 20) %% 20]
                              else places[1 + g %% 20] || words[1 + (g / 20) %% 20]
                                   || trades[1 + (g / 400) %% 10] || '有限公司'
                         end as party) named
              -- the number is already in the form of the portal's key: prefix〔year〕n号
              cross join lateral (
                  select coalesce(a.document_prefix, '基准') as prefix, 2010 + g %% 15 as year) dated
              cross join lateral (
                  select dated.prefix, dated.year,
                         dated.prefix || '〔' || dated.year || '〕' || g || '号' as number) numbered
              -- the rare number a real decision of the same body already has is left out
              on conflict (agency_id, document_number_key) do nothing;
            end $$
            """
                .formatted(SOURCE_BODY, count))
        .then()
        .block(Duration.ofHours(2));
    Long written =
        database
            .sql("select count(*) from penalty_decision where source_body = :body")
            .bind("body", SOURCE_BODY)
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    return written == null ? 0 : written;
  }
}
