-- The annual report counts new partners by the year they became partners.
CREATE INDEX organisation_partner_since ON organisation (partner_since);
