package org.liaisondesk.domain;

import java.math.BigDecimal;

/** One line of a visit's budget (e.g. hotel, banquets, vehicles) with what was actually spent, in CNY. */
public record BudgetLine(Long id, long delegationId, int lineNo, String item, BigDecimal budgetCny,
                         BigDecimal actualCny) {
}
