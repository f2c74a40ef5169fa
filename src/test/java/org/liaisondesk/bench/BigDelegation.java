package org.liaisondesk.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Services;

/** The benchmark's large visit: 60 members and 100 programme items over 14 days. */
final class BigDelegation {
    static final String CODE = "BENCH-60X100";
    static final int MEMBERS = 60;
    static final int ITEMS = 100;

    private BigDelegation() {}

    static void ensure(Path folder) {
        try (Services s = Services.open(folder)) {
            if (s.delegations().findByCode(CODE).isPresent()) return;
            LocalDate first = LocalDate.of(2026, 3, 1);
            long id = s.delegations().create(new Delegation(null, CODE, Direction.INCOMING, "基准测试大型团组 Benchmark delegation",
                    List.of("LA"), List.of(), "Bouaphanh Sisouvanh", null, PartialDate.of(first),
                    PartialDate.of(first.plusDays(13)), DelegationStatus.APPROVED, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, "benchmark", Tags.of("generated"), null, null));
            for (int p = 1; p <= MEMBERS; p++) {
                s.delegations().addMember(new DelegationMember(null, id, null, null, "Member " + p, "ສະມາຊິກ " + p,
                        Gender.FEMALE, "职务", "丰沙里省妇联", "LA", "P" + (1_000_000 + p), null, null,
                        p == 1 ? MemberRole.HEAD : MemberRole.MEMBER, p, null, null, null, Integer.toString(800 + p), null));
            }
            for (int i = 0; i < ITEMS; i++) {
                LocalTime start = LocalTime.of(8 + (i % 7) * 2, 0);
                s.delegations().addItineraryItem(new ItineraryItem(null, id, first.plusDays(i % 14), start,
                        start.plusHours(1), ItineraryKind.values()[i % ItineraryKind.values().length], "活动 " + (i + 1),
                        "会议室", "联络部", "正装", "老挝语翻译", "考斯特", null));
            }
        }
    }
}
