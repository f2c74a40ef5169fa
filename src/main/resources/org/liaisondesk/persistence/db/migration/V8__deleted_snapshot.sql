-- A deleted record as it was, with its parts, attachments' entries and the links to it, so that it
-- can be restored from the history after the program has been closed (JSON written by the program).
ALTER TABLE change_history ADD COLUMN snapshot CHARACTER LARGE OBJECT;
CREATE INDEX change_history_action ON change_history (action, changed_at);
