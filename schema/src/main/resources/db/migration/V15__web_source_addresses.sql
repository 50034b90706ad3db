-- A source address is published as a link to the original: only an http or https address with a host and
-- no user part may be one. Addresses imported before this rule (javascript:, data:, bare paths) are
-- cleared, and the database refuses new ones, whatever writes them.
update penalty_decision set source_url = null
 where source_url is not null and source_url !~* '^https?://[^/?#@[:space:]]+([/?#]|$)';
update discretion_benchmark set source_url = null
 where source_url is not null and source_url !~* '^https?://[^/?#@[:space:]]+([/?#]|$)';

alter table penalty_decision add constraint penalty_decision_source_url_web
    check (source_url ~* '^https?://[^/?#@[:space:]]+([/?#]|$)');
alter table discretion_benchmark add constraint discretion_benchmark_source_url_web
    check (source_url ~* '^https?://[^/?#@[:space:]]+([/?#]|$)');
