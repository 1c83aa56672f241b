-- Each phase of the guide's process belongs to one stretch of a partnership's lifecycle, so that status
-- and phase can be shown together and moving one can propose the other.
alter table partnership_phase add column status varchar(20);
update partnership_phase set status = case
    when code in ('NEED', 'STRATEGY', 'PARTNER_SEARCH', 'FIRST_CONTACT') then 'IDEA'
    when code in ('EXPECTATIONS', 'AGREEMENT') then 'PLANNING'
    when code in ('PLANNING', 'COMMUNICATION') then 'AGREED'
    when code = 'EXECUTION' then 'RUNNING'
    when code in ('EVALUATION', 'ANCHORING') then 'EVALUATING'
    else 'ENDED' end;
alter table partnership_phase alter column status set not null;
