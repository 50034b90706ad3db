-- Document numbers written year first ([2018]琼建质监罚决字第30号) now parse like the others
-- (琼建质监罚决字〔2018〕30号). Stored rows get the same key and parts, so that searching and re-importing
-- find them; a row whose body already holds that number in the usual form keeps its text key.
with parsed as (
    select p.id, p.agency_id, r.m[1]::int as year, r.m[2] as prefix, r.m[3]::int as first,
           coalesce(r.m[4], r.m[3])::int as last
    from penalty_decision p,
         regexp_match(
             regexp_replace(normalize(p.document_number, NFKC), '[\s\u00a0\u3000]+', '', 'g'),
             '^[〔\[(【{<]((?:19|20)[0-9]{2})[〕\])】}>](.*?[\u4e00-\u9fff].*?)第?([0-9]+)(?:[-—–~至]([0-9]+))?号$')
             as r(m)
    where p.document_prefix is null and r.m is not null
), keyed as (
    select *, prefix || '〔' || year || '〕'
              || case when first = last then first::text else first || '-' || last end || '号' as key
    from parsed
)
update penalty_decision p
set document_number_key = k.key, document_prefix = k.prefix, document_year = k.year,
    document_seq_first = k.first, document_seq_last = greatest(k.first, k.last)
from keyed k
where p.id = k.id
  and not exists (select 1 from penalty_decision o
                  where o.agency_id = k.agency_id and o.id <> k.id and o.document_number_key = k.key);
