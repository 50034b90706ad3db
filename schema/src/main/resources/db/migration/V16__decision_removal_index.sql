-- The open-data dumps of decisions are served only while no decision in them has since been taken off view:
-- each listing and download asks whether a removal (withdrawal, early end, expiry) was written by a transaction
-- at or after the one the dump was read at. Removals get an index of their own, so the answer is one probe
-- rather than a walk over every publication and correction since.
create index decision_change_removal_idx on decision_change (xid)
    where kind in ('WITHDRAWN', 'ENDED_EARLY', 'EXPIRED');
