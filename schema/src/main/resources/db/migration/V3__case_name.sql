-- 案件名称: the case name bodies publish with a decision (双公示 "案件名称", or the page's title), which
-- often names the party or the conduct and is what people search for.
alter table penalty_decision add column case_name text;
