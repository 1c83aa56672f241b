-- The open data's Last-Modified counts deletions too: the newest deletion of a type, from the change feed.
create index resource_change_deleted_idx on resource_change (resource_type, occurred_at) where action = 'deleted';
