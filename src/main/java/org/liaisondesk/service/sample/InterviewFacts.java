package org.liaisondesk.service.sample;

import static org.liaisondesk.domain.OrganisationStatus.ACTIVE;
import static org.liaisondesk.domain.OrganisationType.ENTERPRISE;
import static org.liaisondesk.domain.OrganisationType.GOVERNMENT;
import static org.liaisondesk.domain.OrganisationType.NGO;
import static org.liaisondesk.domain.OrganisationType.UN_AGENCY;
import static org.liaisondesk.domain.OrganisationType.WOMENS_ORGANISATION;

import java.util.List;
import org.liaisondesk.domain.AgreementStatus;
import org.liaisondesk.domain.AgreementType;
import org.liaisondesk.domain.EventKind;
import org.liaisondesk.domain.ProjectSite;
import org.liaisondesk.domain.ProjectStatus;
import org.liaisondesk.domain.RenewalMode;
import org.liaisondesk.domain.Tags;

/**
 * The history told in the chairwoman's interview (shared/seeds), at the precision it was told.
 * Where the interview gives no year for something that needs one, the earliest year the story
 * allows is used and the record is tagged {@value #UNVERIFIED}, with a note saying so.
 */
final class InterviewFacts {
    static final String UNVERIFIED = "date-unverified";
    static final String SOURCE = "interview";
    private static final Tags FACT = Tags.of(SOURCE);
    private static final Tags FACT_UNDATED = Tags.of(SOURCE, UNVERIFIED);
    private static final String UNDATED_NOTE = "访谈未给出具体年份，此处为可能的最早年份，请据档案核实。"
            + " The interview gives no year; the earliest plausible year is recorded — check the files.";

    /** Ids the invented sample records link to. */
    record Keys(long federation, long laoCai, long phongsaly, long luangPrabang, long museWomen, long kunmingCentre,
                long xishuangbanna) {}

    private final SampleWriter w;

    InterviewFacts(SampleWriter w) { this.w = w; }

    Keys write() {
        long ywf = w.org("云南省妇女联合会", "Yunnan Provincial Women's Federation", null, "云南省妇联", WOMENS_ORGANISATION,
                "CN", "昆明", null, ACTIVE, FACT, "对外联络部于2013年加挂牌子。 External Liaison Department brand added in 2013.");
        long unWomen = w.org("联合国妇女署", "UN Women", null, "UN Women", UN_AGENCY, "US", "New York", "1990", ACTIVE,
                FACT_UNDATED, "1990年代开始合作（访谈）。 Cooperation since the 1990s (interview).");
        long unicef = w.org("联合国儿童基金会", "UNICEF", null, "UNICEF", UN_AGENCY, "US", "New York", "1990", ACTIVE,
                FACT_UNDATED, "1990年代开始合作（访谈）。 Cooperation since the 1990s (interview).");
        long ilo = w.org("国际劳工组织", "International Labour Organization", null, "ILO", UN_AGENCY, "CH", "Geneva", "2000",
                ACTIVE, FACT, null);
        long undp = w.org("联合国开发计划署", "United Nations Development Programme", null, "UNDP", UN_AGENCY, "US",
                "New York", null, ACTIVE, FACT, null);
        long escap = w.org("联合国亚洲及太平洋经济社会委员会", "UNESCAP", null, "亚太经社会", UN_AGENCY, "TH", "Bangkok", null,
                ACTIVE, FACT, null);
        long goldman = w.org("高盛集团", "Goldman Sachs", null, "高盛", ENTERPRISE, "US", "New York", null, ACTIVE, FACT,
                "“巾帼圆梦”培训项目（万名女性计划）。 \"Women's Dream\" training (10,000 Women).");
        long maryKay = w.org("玫琳凯公司", "Mary Kay", null, null, ENTERPRISE, "US", null, null, ACTIVE, FACT, null);
        long acwf = w.org("中华全国妇女联合会", "All-China Women's Federation", null, "全国妇联", WOMENS_ORGANISATION, "CN",
                "北京", null, ACTIVE, FACT, null);
        long laoCai = w.org("越南老街省妇女联合会", "Lao Cai Provincial Women's Union", "Hội Liên hiệp Phụ nữ tỉnh Lào Cai",
                null, WOMENS_ORGANISATION, "VN", "Lào Cai", "2015-11", ACTIVE, FACT, null);
        long phongsaly = w.org("老挝丰沙里省妇女联合会", "Phongsaly Provincial Lao Women's Union", "ສະຫະພັນແມ່ຍິງແຂວງຜົ້ງສາລີ",
                null, WOMENS_ORGANISATION, "LA", "Phongsaly", null, ACTIVE, FACT, null);
        long luangPrabang = w.org("老挝琅勃拉邦省妇女联合会", "Luang Prabang Provincial Lao Women's Union",
                "ສະຫະພັນແມ່ຍິງແຂວງຫຼວງພະບາງ", null, WOMENS_ORGANISATION, "LA", "Luang Prabang", null, ACTIVE, FACT, null);
        long shan = w.org("缅甸掸邦政府", "Shan State Government", null, null, GOVERNMENT, "MM", "Taunggyi", null, ACTIVE,
                FACT, "2014年批准设立木姐项目办公室。 Approved the Muse project office in 2014.");
        long museWomen = w.org("缅甸木姐地区妇女组织", "Women's organisations of the Muse area", null, null,
                WOMENS_ORGANISATION, "MM", "Muse", "2014", ACTIVE, FACT,
                "访谈未列出组织名称，此为合并记录。 The interview names no single organisation: a collective record.");
        long ruili = w.org("瑞丽市妇女发展中心", "Ruili Women's Development Center", null, null, NGO, "CN", "瑞丽", null,
                ACTIVE, FACT, null);
        long kunming = w.org("昆明市女性创业创新示范中心", "Kunming Women's Entrepreneurship and Innovation Demonstration Center",
                null, null, NGO, "CN", "昆明", null, ACTIVE, FACT, "云南省妇联孵化的社会组织。 Incubated by the federation.");
        long banna = w.org("西双版纳州妇女联合会", "Xishuangbanna Prefecture Women's Federation", null, "版纳州妇联",
                WOMENS_ORGANISATION, "CN", "景洪", null, ACTIVE, FACT, null);

        w.project("UN-1990", "联合国妇女署、儿童基金会援助的妇女儿童项目 Women and children projects with UN Women and UNICEF",
                unWomen, List.of(unicef), "1990", null, ProjectStatus.COMPLETED, null, null, FACT_UNDATED,
                "访谈：1990年代开始民间交流，主要执行联合国妇女署和儿童基金会的项目。" + UNDATED_NOTE, List.of());
        w.project("ILO-MEKONG", "湄公河次区域预防拐卖妇女儿童项目 Mekong Sub-regional Project to Combat Trafficking in Women and Children",
                ilo, List.of(), "2000", null, ProjectStatus.COMPLETED, 393_000,
                "在12个县（市、区）实施，受益39.3万人；总结出“妇女之家”等10个好方法，为云南省制定预防拐卖妇女儿童工作意见提供决策依据。"
                        + " 12 counties, 393,000 beneficiaries; 10 good methods such as the Women's Home.",
                FACT, "12个县（市、区）的名称访谈未列出。 The 12 county names are not in the interview.", List.<ProjectSite>of());
        w.project("UNDP-MK", "促进妇女参与文化产业项目（玫琳凯项目） Promoting Women's Participation in Cultural Industry (Mary Kay)",
                undp, List.of(maryKay), "2001", null, ProjectStatus.COMPLETED, null, null, FACT_UNDATED, UNDATED_NOTE, List.of());
        w.project("ESCAP-MDG", "提升社会性别能力实现千年发展目标项目 Enhancing Gender Capacity to Achieve the MDGs",
                escap, List.of(), "2001", null, ProjectStatus.COMPLETED, null, null, FACT_UNDATED, UNDATED_NOTE, List.of());
        w.project("GS-DREAM", "高盛“巾帼圆梦”培训项目 Goldman Sachs \"Women's Dream\" training", goldman, List.of(), "2008",
                null, ProjectStatus.COMPLETED, null, null, FACT_UNDATED, UNDATED_NOTE, List.of());
        w.project("ACWF-LMC", "“消除贫困与妇女经济赋权”澜湄国家妇女干部研修班 Lancang–Mekong Women Cadres Seminar on Poverty "
                + "Elimination and Women's Economic Empowerment", acwf, List.of(), "2016", null, ProjectStatus.COMPLETED,
                null, null, FACT_UNDATED, UNDATED_NOTE, List.of());

        w.event("云南省妇联对外联络部挂牌 External Liaison Department established", EventKind.OTHER, "2013", null, "CN", "昆明",
                null, List.of(ywf), List.of(), null, null, null,
                "经省委省政府有关部门批准，组织联络部加挂对外联络部牌子，增加编制，明确职能。", FACT);
        w.event("缅甸木姐第二中学“预防拐卖”活动 Trafficking prevention activity, Muse No. 2 Middle School",
                EventKind.COMMUNITY, "2014", null, "MM", "Muse", "木姐第二中学 Muse No. 2 Middle School", List.of(ruili),
                List.of(), null, null, null, "孩子们画出自己理解的预防拐卖的图画，在校园展出。", FACT_UNDATED);
        w.event("端午节社区集市（清迈分中心） Dragon Boat Festival community market, Chiang Mai", EventKind.COMMUNITY,
                "2018-06-07", null, "TH", "Chiang Mai", null, List.of(kunming), List.of("TH", "CN"), null, null, null,
                "各国儿童体验包粽子等中国端午习俗。 Children from many countries made zongzi.", FACT);
        w.event("中老边境妇女组织友好交流活动 China–Laos border women's organisations friendly exchange", EventKind.EXCHANGE_VISIT,
                "2018-07", null, "CN", "普洱", null, List.of(ywf, phongsaly), List.of("CN", "LA"), null, null, null,
                "丰沙里省妇联代表和女企业家参加。", FACT);
        w.event("首届中老妇女创业交流大会 First China–Laos Women Entrepreneurship Exchange Conference", EventKind.CONFERENCE,
                "2018-07", null, "CN", "普洱", null, List.of(ywf), List.of("CN", "LA"), null, null, null, null, FACT);
        w.event("第8届中国—南亚商务论坛女性企业商务合作会 8th China–South Asia Business Forum: Women Enterprises Business "
                + "Cooperation Conference", EventKind.FORUM, "2013", null, "CN", "昆明", null, List.of(ywf), List.of(), null,
                null, null, UNDATED_NOTE, FACT_UNDATED);
        w.event("第10届中国—南亚商务论坛女企业家圆桌会 10th China–South Asia Business Forum: Women Entrepreneurs Roundtable",
                EventKind.ROUNDTABLE, "2015", null, "CN", "昆明", null, List.of(ywf), List.of(), null, null, null,
                UNDATED_NOTE, FACT_UNDATED);
        w.event("中越妇女优秀人才展 Exhibition of Chinese and Vietnamese Women's Excellent Talents", EventKind.EXHIBITION,
                "2016", null, "CN", "昆明", null, List.of(ywf), List.of("CN", "VN"), null, null, null,
                "邀请越南老街省妇联代表参加。" + UNDATED_NOTE, FACT_UNDATED);
        w.event("中越妇女文化交流活动 Sino-Vietnamese Women's Culture Exchange", EventKind.CULTURAL, "2016", null, "CN", null,
                null, List.of(ywf, laoCai), List.of("CN", "VN"), null, null, null, "与老街省妇联共同举办。" + UNDATED_NOTE,
                FACT_UNDATED);
        w.event("琅勃拉邦省妇联与西双版纳州妇联交流 Luang Prabang – Xishuangbanna women's exchange", EventKind.EXCHANGE_VISIT,
                "2017", null, "CN", "景洪", null, List.of(banna, luangPrabang), List.of("CN", "LA"), null, null, null,
                "就妇女权益保护与发展、妇女在自然资源保护中的作用深入交流。" + UNDATED_NOTE, FACT_UNDATED);
        w.event("丽江中外妇女交流活动 Lijiang Chinese and foreign women exchange", EventKind.EXCHANGE_VISIT, "2018", null,
                "CN", "丽江", null, List.of(ywf), List.of(), null, null, null, "和红梅主席在开幕式上致辞。" + UNDATED_NOTE,
                FACT_UNDATED);

        w.office("瑞丽市妇女发展中心缅甸木姐项目办公室 Ruili Women's Development Center Myanmar Muse Project Office", "MM",
                "Muse", "2014-09-17", "缅甸掸邦政府 Shan State Government", ruili,
                "第一个在缅甸注册的中国民间组织。 The first Chinese NGO registered in Myanmar.", FACT);
        w.office("昆明市女性创业创新示范中心清迈分中心 Kunming Women's Entrepreneurship and Innovation Demonstration Center · "
                + "Chiang Mai Sub-centre", "TH", "Chiang Mai", "2018", null, kunming,
                "加强与泰国妇女组织联系，促进两地妇女创业就业。", FACT);

        w.agreement("YN-LC-2015", "中国云南省妇女联合会—越南老街省妇女联合会双边妇女工作交流合作会谈纪要 Minutes of the bilateral "
                + "women's work exchange and cooperation meeting, Yunnan Women's Federation – Lao Cai Women's Union",
                AgreementType.MEETING_MINUTES, List.of(laoCai), "2015-11", null, null, RenewalMode.EVERGREEN,
                AgreementStatus.SIGNED, FACT, "建立妇女互访合作机制。 Set up mutual visits.");
        return new Keys(ywf, laoCai, phongsaly, luangPrabang, museWomen, kunming, banna);
    }
}
