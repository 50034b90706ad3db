-- A correction also takes a dump of decisions out of view: it may be the one that removes personal data the
-- masking missed, and the dump would keep the old text until the next night. The partial index of V16 covers
-- corrections too, so the check stays one probe.
drop index decision_change_removal_idx;
create index decision_change_removal_idx on decision_change (xid)
    where kind in ('WITHDRAWN', 'ENDED_EARLY', 'EXPIRED', 'CORRECTED');
