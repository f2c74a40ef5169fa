-- Changes to a record's parts (a delegation's members, programme, gifts, logistics and budget; an
-- event's gifts) are kept with the record they belong to, so its editor shows them too.
ALTER TABLE change_history ADD COLUMN parent_kind VARCHAR(30);
ALTER TABLE change_history ADD COLUMN parent_id BIGINT;
CREATE INDEX change_history_parent ON change_history (parent_kind, parent_id, changed_at);
