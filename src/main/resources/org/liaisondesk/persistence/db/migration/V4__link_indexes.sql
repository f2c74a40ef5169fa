-- Pages look up what points at a record: the events of a project or delegation, the agreements an
-- agreement renewed, the offices an organisation incubated. Without these, each lookup scans its table.
CREATE INDEX event_project ON event (project_id);
CREATE INDEX event_delegation ON event (delegation_id);
CREATE INDEX agreement_renewed_by ON agreement (renewed_by);
CREATE INDEX office_incubated_by ON office_abroad (incubated_by);
CREATE INDEX office_country ON office_abroad (country);
CREATE INDEX event_country_iso2 ON event_country (iso2);
