package org.liaisondesk.domain;

/** A Yunnan county (city, district) where a project runs, with its beneficiaries if known. */
public record ProjectSite(Long id, Long projectId, String county, Integer beneficiaries) {
}
