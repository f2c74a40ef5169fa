package org.liaisondesk.domain;

import java.time.LocalDateTime;
import java.util.List;

/** A signed (or negotiated) document with one or more partner organisations. */
public record Agreement(Long id, String code, String title, AgreementType type, List<Long> partnerIds,
                        PartialDate signedOn, String signedPlace, String ourSignatory, String theirSignatory,
                        PartialDate effectiveFrom, PartialDate expiresOn, RenewalMode renewal, PartialDate reviewOn,
                        AgreementStatus status, Long renewedBy, String notes, Tags tags,
                        LocalDateTime createdAt, LocalDateTime updatedAt) {
    public Agreement {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
    }
}
