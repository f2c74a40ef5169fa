package org.liaisondesk.service.sample;

import static org.liaisondesk.domain.Direction.INCOMING;
import static org.liaisondesk.domain.Direction.OUTGOING;
import static org.liaisondesk.domain.Gender.FEMALE;
import static org.liaisondesk.domain.Gender.MALE;
import static org.liaisondesk.domain.ItineraryKind.ARRIVAL;
import static org.liaisondesk.domain.ItineraryKind.BANQUET;
import static org.liaisondesk.domain.ItineraryKind.DEPARTURE;
import static org.liaisondesk.domain.ItineraryKind.FREE_TIME;
import static org.liaisondesk.domain.ItineraryKind.MEETING;
import static org.liaisondesk.domain.ItineraryKind.SIGNING;
import static org.liaisondesk.domain.ItineraryKind.TALKS;
import static org.liaisondesk.domain.ItineraryKind.TRAINING;
import static org.liaisondesk.domain.ItineraryKind.VISIT;
import static org.liaisondesk.domain.MemberRole.DEPUTY;
import static org.liaisondesk.domain.MemberRole.HEAD;
import static org.liaisondesk.domain.MemberRole.INTERPRETER;
import static org.liaisondesk.domain.MemberRole.MEMBER;
import static org.liaisondesk.domain.MemberRole.STAFF;

import java.math.BigDecimal;
import java.util.List;
import org.liaisondesk.domain.AgreementStatus;
import org.liaisondesk.domain.AgreementType;
import org.liaisondesk.domain.DelegationStatus;
import org.liaisondesk.domain.EventKind;
import org.liaisondesk.domain.GiftDirection;
import org.liaisondesk.domain.OrganisationStatus;
import org.liaisondesk.domain.OrganisationType;
import org.liaisondesk.domain.RenewalMode;
import org.liaisondesk.domain.Tags;

/**
 * Invented records that make every view worth looking at: visits with members and programmes,
 * contacts, gifts, regions-of-China partners. All are tagged {@value Tags#SAMPLE} and say so in
 * their notes, so nobody takes them for the office's history.
 */
final class SampleVisits {
    private static final Tags SAMPLE = Tags.of(Tags.SAMPLE);
    private static final String NOTE = "示例数据，非真实记录。 Sample record, not history.";
    private final SampleWriter w;
    private final InterviewFacts.Keys k;

    SampleVisits(SampleWriter w, InterviewFacts.Keys keys) {
        this.w = w;
        this.k = keys;
    }

    void write() {
        partnersAndContacts();
        laoCaiVisit();
        luangPrabangTrip();
        phongsalyVisit();
        museVisit();
        hongKongVisit();
    }

    private void partnersAndContacts() {
        long hk = w.org("香港妇女交流协会（示例）", "Hong Kong Women's Exchange Association (sample)", null, null,
                OrganisationType.WOMENS_ORGANISATION, "HK", "Hong Kong", "2016", OrganisationStatus.ACTIVE, SAMPLE, NOTE);
        long mo = w.org("澳门妇女联谊会（示例）", "Macao Women's Friendship Society (sample)", null, null,
                OrganisationType.WOMENS_ORGANISATION, "MO", "Macao", "2017", OrganisationStatus.ACTIVE, SAMPLE, NOTE);
        long tw = w.org("台湾妇女团体交流会（示例）", "Taiwan Women's Groups Exchange (sample)", null, null,
                OrganisationType.WOMENS_ORGANISATION, "TW", "Taipei", "2018", OrganisationStatus.DORMANT, SAMPLE, NOTE);
        long cm = w.org("清迈妇女发展协会（示例）", "Chiang Mai Women's Development Association (sample)", "สมาคมพัฒนาสตรีเชียงใหม่",
                null, OrganisationType.WOMENS_ORGANISATION, "TH", "Chiang Mai", "2018", OrganisationStatus.ACTIVE, SAMPLE, NOTE);
        long bd = w.org("孟加拉国妇女企业家协会（示例）", "Bangladesh Women Entrepreneurs Association (sample)", null, null,
                OrganisationType.WOMENS_ORGANISATION, "BD", "Dhaka", "2015", OrganisationStatus.PROSPECTIVE, SAMPLE, NOTE);
        long lk = w.org("斯里兰卡妇女商会（示例）", "Sri Lanka Women's Chamber (sample)", null, null,
                OrganisationType.WOMENS_ORGANISATION, "LK", "Colombo", "2015", OrganisationStatus.PROSPECTIVE, SAMPLE, NOTE);

        w.contact("阮氏花", "Nguyen Thi Hoa", "Nguyễn Thị Hoa", FEMALE, "主席 Chairwoman", k.laoCai(), "VN", "vi, zh",
                null, false, SAMPLE);
        w.contact(null, "Bouaphanh Sisouvanh", "ບົວພັນ ສີສຸວັນ", FEMALE, "主席 President", k.phongsaly(), "LA", "lo, en",
                null, false, SAMPLE);
        w.contact("宾玛", "Daw Khin Ma", "ဒေါ်ခင်မာ", FEMALE, "协调员 Coordinator", k.museWomen(), "MM", "my, zh", "素食 vegetarian",
                false, SAMPLE);
        w.contact(null, "Somchai Phan", "สมใจ พันธ์", FEMALE, "会长 President", cm, "TH", "th, en", null, false, SAMPLE);
        w.contact("陈美玲", "Chan Mei Ling", null, FEMALE, "会长 Chairperson", hk, "HK", "yue, zh, en", null, false, SAMPLE);
        w.contact("何丽华", "Ho Lai Wa", null, FEMALE, "秘书长 Secretary-General", mo, "MO", "yue, pt, zh", null, false, SAMPLE);
        w.contact("林淑芬", "Lin Shu-fen", null, FEMALE, "理事 Board member", tw, "TW", "zh", null, false, SAMPLE);
        w.contact("张秀英", "Teo Siew Eng", null, FEMALE, "侨领 Community leader", null, "MY", "zh, ms, en", null, true, SAMPLE);
        w.contact(null, "Rashida Begum", "রাশিদা বেগম", FEMALE, "会长 President", bd, "BD", "bn, en", "清真 halal", false, SAMPLE);
        w.contact(null, "Nirmala Perera", null, FEMALE, "副会长 Vice-President", lk, "LK", "si, en", null, false, SAMPLE);

        w.agreement("YN-PS-2019", "云南省妇联与丰沙里省妇联友好合作谅解备忘录（示例） MoU with Phongsaly Women's Union (sample)",
                AgreementType.MOU, List.of(k.phongsaly()), "2019-03-15", "昆明", "2027-03-14", RenewalMode.FIXED_TERM,
                AgreementStatus.ACTIVE, SAMPLE, NOTE);
        w.agreement("YN-CM-2022", "清迈妇女创业合作意向书（示例） Letter of intent on women's entrepreneurship, Chiang Mai (sample)",
                AgreementType.LETTER_OF_INTENT, List.of(cm, k.kunmingCentre()), "2022-01-20", "Chiang Mai", "2027-01-19",
                RenewalMode.AUTO_RENEW, AgreementStatus.ACTIVE, SAMPLE, NOTE);
        w.event("云南—香港妇女交流座谈会（示例） Yunnan–Hong Kong women's exchange symposium (sample)", EventKind.SEMINAR,
                "2019-09", null, "CN", "昆明", null, List.of(k.federation(), hk), List.of("CN"), 60, null, null, NOTE, SAMPLE);
        w.event("滇澳妇女联谊活动（示例） Yunnan–Macao women's social (sample)", EventKind.SOCIAL, "2023-05-12", "2023-05-13",
                "MO", "Macao", null, List.of(mo), List.of(), 40, null, null, NOTE, SAMPLE);
        w.event("南亚女企业家培训班（示例） Training for South Asian women entrepreneurs (sample)", EventKind.TRAINING,
                "2024-11-04", "2024-11-15", "CN", "昆明", "云南省妇女儿童活动中心", List.of(k.federation()),
                List.of("BD", "LK", "NP", "PK"), 32, null, null, NOTE, SAMPLE);
    }

    private void laoCaiVisit() {
        long d = w.delegation("2019-IN-004", INCOMING, "越南老街省妇联代表团来访（示例） Lao Cai Women's Union delegation (sample)",
                List.of("VN"), List.of(k.laoCai()), "阮氏花 Nguyễn Thị Hoa", "落实会谈纪要，开展妇女工作交流。",
                "2019-05-13", "2019-05-16", DelegationStatus.COMPLETED, "省妇联副主席", "昆明翠湖宾馆", SAMPLE, NOTE);
        w.approvalAndLogistics(d, "云外办〔2019〕示例第12号", "省妇联副主席出面", "李明", "0871-0000 0000（示例）",
                "5月13日 河口口岸 10:00", "5月16日 河口口岸 15:00", BigDecimal.valueOf(38000));
        w.member(d, 1, HEAD, "阮氏花", "Nguyen Thi Hoa", "Nguyễn Thị Hoa", FEMALE, "主席", "老街省妇联", "VN", "C1234567", null, "801");
        w.member(d, 2, DEPUTY, "黎氏兰", "Le Thi Lan", "Lê Thị Lan", FEMALE, "副主席", "老街省妇联", "VN", "C2345678", null, "802");
        w.member(d, 3, MEMBER, null, "Vu Thi Mai", "Vũ Thị Mai", FEMALE, "部长", "老街省妇联", "VN", "C3456789", "不吃牛肉", "803");
        w.member(d, 4, MEMBER, null, "Hoang Thi Thu", "Hoàng Thị Thu", FEMALE, "沙巴县妇联主席", "沙巴县妇联", "VN", "C4567890", null, "803");
        w.member(d, 5, INTERPRETER, "陈文英", "Tran Van Anh", "Trần Vân Anh", FEMALE, "翻译", "老街省外事厅", "VN", "C5678901", null, "805");
        w.member(d, 6, STAFF, null, "Pham Minh Duc", "Phạm Minh Đức", MALE, "司机", "老街省妇联", "VN", "C6789012", null, "806");
        w.item(d, "2019-05-13", "10:00", "11:00", ARRIVAL, "河口口岸迎接", "河口口岸", "联络部", "便装", "越语翻译", "考斯特1辆");
        w.item(d, "2019-05-13", "18:30", "20:00", BANQUET, "欢迎晚宴", "翠湖宾馆", "省妇联副主席", "正装", "越语翻译", null);
        w.item(d, "2019-05-14", "09:00", "10:30", MEETING, "会见", "省妇联会议室", "省妇联主席", "正装", "越语翻译", "考斯特1辆");
        w.item(d, "2019-05-14", "10:45", "12:00", TALKS, "双边会谈：互访机制与年度计划", "省妇联会议室", "对外联络部", "正装", "越语翻译", null);
        w.item(d, "2019-05-14", "15:00", "17:00", VISIT, "参观社区妇女之家", "五华区", "联络部", "便装", "越语翻译", "考斯特1辆");
        w.item(d, "2019-05-15", "09:00", "12:00", TRAINING, "妇女创业经验交流", "昆明市女性创业创新示范中心", "示范中心", "便装", "越语翻译", "考斯特1辆");
        w.item(d, "2019-05-15", "14:00", "17:00", FREE_TIME, "自由活动", null, null, null, null, null);
        w.item(d, "2019-05-16", "08:00", "15:00", DEPARTURE, "送行", "河口口岸", "联络部", "便装", "越语翻译", "考斯特1辆");
        w.gift(d, GiftDirection.GIVEN, "云南白药礼盒", "阮氏花", 180, "2019-05-14", null);
        w.gift(d, GiftDirection.RECEIVED, "越南漆画", "省妇联", 600, "2019-05-14", "2019-05-20");
    }

    private void luangPrabangTrip() {
        long d = w.delegation("2023-OUT-002", OUTGOING, "云南省妇联代表团出访老挝琅勃拉邦（示例） Federation delegation to Luang Prabang (sample)",
                List.of("LA"), List.of(k.luangPrabang()), "省妇联副主席", "妇女权益保护与自然资源保护经验交流。",
                "2023-10-09", "2023-10-12", DelegationStatus.COMPLETED, null, "Luang Prabang", SAMPLE, NOTE);
        w.member(d, 1, HEAD, "王丽", "Wang Li", null, FEMALE, "副主席", "云南省妇联", "CN", "E11111111", null, null);
        w.member(d, 2, MEMBER, "赵敏", "Zhao Min", null, FEMALE, "部长", "对外联络部", "CN", "E22222222", null, null);
        w.member(d, 3, MEMBER, "刀玉香", "Dao Yuxiang", null, FEMALE, "主席", "西双版纳州妇联", "CN", "E33333333", null, null);
        w.member(d, 4, INTERPRETER, "岩温", "Ai Wen", null, MALE, "老挝语翻译", "对外联络部", "CN", "E44444444", null, null);
        w.item(d, "2023-10-09", "11:00", null, ARRIVAL, "抵达琅勃拉邦", "Luang Prabang International Airport", null, null, null, null);
        w.item(d, "2023-10-10", "09:00", "11:30", TALKS, "与琅勃拉邦省妇联会谈", "省妇联", "全团", "正装", "岩温", null);
        w.item(d, "2023-10-10", "14:00", "17:00", VISIT, "考察妇女手工合作社", "Ban Xang Khong", "全团", "便装", "岩温", null);
        w.item(d, "2023-10-11", "09:00", "12:00", VISIT, "考察社区森林保护项目", "Nam Khan", "全团", "便装", "岩温", null);
        w.item(d, "2023-10-12", "10:00", null, DEPARTURE, "返程", "Luang Prabang International Airport", null, null, null, null);
        w.gift(d, GiftDirection.RECEIVED, "老挝织锦", "琅勃拉邦省妇联", 350, "2023-10-10", null);
    }

    private void phongsalyVisit() {
        long d = w.delegation("2024-IN-006", INCOMING, "老挝丰沙里省妇联代表团来访（示例） Phongsaly Women's Union delegation (sample)",
                List.of("LA"), List.of(k.phongsaly()), "Bouaphanh Sisouvanh", "边境妇女组织交流、女企业家对接。",
                "2024-08-20", "2024-08-23", DelegationStatus.COMPLETED, "省妇联主席", "普洱", SAMPLE, NOTE);
        w.member(d, 1, HEAD, null, "Bouaphanh Sisouvanh", "ບົວພັນ ສີສຸວັນ", FEMALE, "主席", "丰沙里省妇联", "LA", "P0100001", null, "1201");
        w.member(d, 2, MEMBER, null, "Khamla Vongsa", "ຄຳຫຼ້າ ວົງສາ", FEMALE, "女企业家", "Phongsaly Handicraft Co.", "LA", "P0100002", "清淡", "1202");
        w.member(d, 3, MEMBER, null, "Noy Phommachanh", "ນ້ອຍ ພົມມະຈັນ", FEMALE, "副主席", "丰沙里省妇联", "LA", "P0100003", null, "1202");
        w.member(d, 4, INTERPRETER, "李芳", "Li Fang", null, FEMALE, "翻译", "普洱市外办", "CN", null, null, "1203");
        w.item(d, "2024-08-20", "12:00", null, ARRIVAL, "勐康口岸迎接", "勐康口岸", "普洱市妇联", "便装", "李芳", "商务车2辆");
        w.item(d, "2024-08-21", "09:00", "11:00", MEETING, "会见省妇联主席", "普洱", "省妇联主席", "正装", "李芳", null);
        w.item(d, "2024-08-21", "11:00", "11:30", SIGNING, "签署年度交流计划", "普洱", "省妇联主席", "正装", "李芳", null);
        w.item(d, "2024-08-22", "09:00", "17:00", VISIT, "参观茶叶合作社", "宁洱县", "普洱市妇联", "便装", "李芳", "商务车2辆");
        w.item(d, "2024-08-23", "09:00", null, DEPARTURE, "送行", "勐康口岸", "普洱市妇联", "便装", "李芳", "商务车2辆");
    }

    private void museVisit() {
        long d = w.delegation("2026-IN-011", INCOMING, "缅甸木姐地区妇女组织代表团来访（示例） Muse women's organisations delegation (sample)",
                List.of("MM"), List.of(k.museWomen()), "ဒေါ်ခင်မာ Daw Khin Ma", "卫生健康培训与交流。",
                "2026-12-08", "2026-12-11", DelegationStatus.APPROVED, "省妇联副主席", "瑞丽", SAMPLE, NOTE);
        w.approvalAndLogistics(d, "云外办〔2026〕示例第88号", "省妇联副主席出面", "赵敏", "0871-0000 0001（示例）",
                "12月8日 瑞丽口岸 09:30", "12月11日 瑞丽口岸 16:00", BigDecimal.valueOf(26000));
        w.member(d, 1, HEAD, "宾玛", "Daw Khin Ma", "ဒေါ်ခင်မာ", FEMALE, "协调员", "木姐地区妇女组织", "MM", "MA000001", "素食", "301");
        w.member(d, 2, MEMBER, null, "Daw Nang Seng", "ဒေါ်နန်းဆိုင်", FEMALE, "成员", "木姐地区妇女组织", "MM", "MA000002", null, "302");
        w.member(d, 3, MEMBER, null, "Ma Hla Hla", "မလှလှ", FEMALE, "教师", "木姐第二中学", "MM", "MA000003", null, "302");
        w.member(d, 4, INTERPRETER, "岳小红", "Yue Xiaohong", null, FEMALE, "缅语翻译", "瑞丽市妇女发展中心", "CN", null, null, "303");
        w.item(d, "2026-12-08", "09:30", "10:30", ARRIVAL, "瑞丽口岸迎接", "瑞丽口岸", "瑞丽市妇联", "便装", "岳小红", "商务车1辆");
        w.item(d, "2026-12-09", "09:00", "12:00", TRAINING, "农村卫生健康培训", "瑞丽市妇女发展中心", "中心医护志愿者", "便装", "岳小红", null);
        w.item(d, "2026-12-09", "18:00", "20:00", BANQUET, "欢迎晚宴", "瑞丽", "省妇联副主席", "正装", "岳小红", null);
        w.item(d, "2026-12-10", "09:00", "11:00", TALKS, "座谈：预防拐卖合作", "瑞丽市妇联", "省妇联副主席", "正装", "岳小红", null);
        w.item(d, "2026-12-11", "15:00", "16:00", DEPARTURE, "送行", "瑞丽口岸", "瑞丽市妇联", "便装", "岳小红", "商务车1辆");
        w.plan(d, "商务车1辆 云N·00000（示例） 司机 张师傅 139-0000-0000（示例）", "瑞丽市妇联 李芳（示例）",
                "岳小红（缅甸语）", "口岸通关预留一小时；雨季注意山路安全；不安排媒体采访。（示例）", true, "2026-12-31");
        w.budgetLine(d, 1, "住宿（3晚，3间）", 5400);
        w.budgetLine(d, 2, "餐饮及欢迎晚宴", 8600);
        w.budgetLine(d, 3, "车辆", 3000);
        w.budgetLine(d, 4, "培训场地与资料", 6000);
        w.budgetLine(d, 5, "礼品", 3000);
    }

    private void hongKongVisit() {
        long d = w.delegation("2025-IN-003", INCOMING, "香港妇女团体交流团（示例） Hong Kong women's groups exchange (sample)",
                List.of("HK"), List.of(), "陈美玲", "滇港妇女交流。", "2025-04", null, DelegationStatus.COMPLETED,
                "省妇联副主席", "昆明", SAMPLE, NOTE);
        w.member(d, 1, HEAD, "陈美玲", "Chan Mei Ling", null, FEMALE, "会长", "香港妇女交流协会（示例）", "HK", null, null, null);
        w.member(d, 2, MEMBER, "黄嘉欣", "Wong Ka Yan", null, FEMALE, "理事", "香港妇女交流协会（示例）", "HK", null, null, null);
        w.gift(d, GiftDirection.RECEIVED, "紫荆花摆件", "省妇联", 260, "2025-04-18", null);
    }
}
