package org.liaisondesk.service.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.DelegationMember;
import org.liaisondesk.domain.DelegationStatus;
import org.liaisondesk.domain.Direction;
import org.liaisondesk.domain.Gender;
import org.liaisondesk.domain.ItineraryItem;
import org.liaisondesk.domain.ItineraryKind;
import org.liaisondesk.domain.MemberRole;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.Tags;
import org.liaisondesk.service.Services;

/** A 60-member, 14-day, 100-item delegation: the size the benchmark and pagination tests need. */
public final class BigDelegation {
    public static final String CODE = "2027-IN-060";
    public static final LocalDate START = LocalDate.of(2027, 3, 1);

    private BigDelegation() {}

    public static long create(Services s) {
        Delegation d = new Delegation(null, CODE, Direction.INCOMING, "越南妇女联合会大型代表团（测试）Large delegation (test)",
                List.of("VN"), List.of(), "Nguyễn Thị Hương", "测试用大型代表团。", PartialDate.of(START),
                PartialDate.of(START.plusDays(13)), DelegationStatus.APPROVED, "云外办〔2027〕测试第1号", null, "副省级",
                "省妇联主席", "王丽", "0871-0000 0000", "3月1日 昆明长水机场 VN 3212", "3月14日 昆明长水机场", "翠湖宾馆",
                BigDecimal.valueOf(360000), null, null, null, "测试数据。", Tags.of("test"), null, null);
        long id = s.delegations().create(d);
        for (int i = 1; i <= 60; i++) {
            s.delegations().addMember(new DelegationMember(null, id, null, "成员" + i + "号", "Nguyễn Văn Member " + i, null,
                    i % 3 == 0 ? Gender.MALE : Gender.FEMALE, "处长", "越南妇女联合会第" + i + "部", "VN",
                    String.format("C%07d", i), PartialDate.of(LocalDate.of(2027, 5, 1)), null,
                    i == 1 ? MemberRole.HEAD : MemberRole.MEMBER, i, i % 5 == 0 ? "清真" : null, null, null,
                    Integer.toString(800 + i), null));
        }
        for (int i = 0; i < 100; i++) {
            LocalDate day = START.plusDays(i % 14);
            LocalTime t = LocalTime.of(8 + (i / 14) % 8, 0);
            s.delegations().addItineraryItem(new ItineraryItem(null, id, day, t, t.plusMinutes(50),
                    ItineraryKind.values()[i % ItineraryKind.values().length], "日程第" + (i + 1) + "项：考察妇女创业项目与座谈交流",
                    "昆明市五华区妇女儿童活动中心" + (i % 4 == 0 ? "多功能厅（二楼东侧）" : ""), "省妇联国际部",
                    "正装", "黎氏秋", "大巴1辆", i % 7 == 0 ? "请提前十分钟到达，注意安全。" : null));
        }
        return id;
    }
}
