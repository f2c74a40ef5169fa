package org.liaisondesk.domain.report;

import java.math.BigDecimal;

/** The office's headline figures for one year, as the annual work summary (年度外事工作总结) asks for them. */
public record YearFigures(long delegationsIn, long peopleIn, long delegationsOut, long peopleOut, long countries,
                          long events, long eventParticipants, long agreementsSigned, long agreementsRenewed,
                          long agreementsExpired, long projectsActive, long beneficiaries, long partnersNew,
                          long officesActive, long officesNew, long giftsGiven, BigDecimal giftsGivenCny,
                          long giftsReceived, BigDecimal giftsReceivedCny) {
}
