-- The people (contacts) who took part in an event, so a contact's page can list the events they attended.
CREATE TABLE event_attendee (
    event_id   BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    contact_id BIGINT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, contact_id)
);
CREATE INDEX event_attendee_contact ON event_attendee (contact_id);
