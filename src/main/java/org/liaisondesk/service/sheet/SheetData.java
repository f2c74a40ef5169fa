package org.liaisondesk.service.sheet;

import java.util.List;
import java.util.Map;
import org.liaisondesk.domain.BudgetLine;
import org.liaisondesk.domain.CountryRegion;
import org.liaisondesk.domain.VisitPlan;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.DelegationMember;
import org.liaisondesk.domain.Gift;
import org.liaisondesk.domain.ItineraryItem;
import org.liaisondesk.domain.Organisation;

/** Everything one reception sheet shows, read in one go. */
public record SheetData(Delegation delegation, List<DelegationMember> members, List<ItineraryItem> programme,
                        List<Gift> gifts, List<Organisation> organisations, Map<String, CountryRegion> countries,
                        VisitPlan plan, List<BudgetLine> budget) {
    public SheetData {
        members = List.copyOf(members);
        programme = List.copyOf(programme);
        gifts = List.copyOf(gifts);
        organisations = List.copyOf(organisations);
        countries = Map.copyOf(countries);
        budget = List.copyOf(budget);
    }
}
