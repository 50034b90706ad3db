-- Official data sometimes carries credit codes whose check character fails: some were legally issued that
-- way, some were mistyped. Imports keep a well-formed code as published and record whether its check
-- passed; codes from the portal's own users are refused unless it passes. Null where there is no code.
alter table penalty_decision add column party_credit_code_valid boolean;
update penalty_decision set party_credit_code_valid = true where party_credit_code is not null;
