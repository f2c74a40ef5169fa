package org.liaisondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;

/** Every record written and read back through its DAO, against a real H2 file database. */
class DaoRoundTripTest {
    @TempDir Path dir;
    Database db;
    Handle h;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        h = db.jdbi().open();
    }

    @AfterEach
    void close() {
        h.close();
        db.close();
    }

    long org(String zh, String country) {
        return h.attach(OrganisationDao.class).insert(new Organisation(null, zh, "Org " + zh, null, null,
                OrganisationType.WOMENS_ORGANISATION, country, null, null, null, null, null, null, null, null, null,
                Tags.NONE, null, null));
    }

    @Test
    void migrationFromEmptyFillsEveryCountryAndRegion() {
        List<CountryRegion> all = h.attach(CountryRegionDao.class).all();
        assertThat(all).hasSize(249);
        CountryRegion tw = h.attach(CountryRegionDao.class).find("TW").orElseThrow();
        assertThat(tw.kind()).isEqualTo(CountryKind.REGION_OF_CHINA);
        assertThat(tw.nameZh()).isEqualTo("中国台湾");
        assertThat(all).filteredOn(c -> c.kind() == CountryKind.REGION_OF_CHINA).extracting(CountryRegion::iso2)
                .containsExactlyInAnyOrder("HK", "MO", "TW");
        assertThat(all).filteredOn(CountryRegion::bordersYunnan).extracting(CountryRegion::iso2)
                .containsExactlyInAnyOrder("MM", "LA", "VN");
        assertThat(h.attach(CountryRegionDao.class).find("LA").orElseThrow().nameZh()).isEqualTo("老挝");
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws Exception {
        int newest;
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources", Database.MIGRATIONS))) {
            newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
        // Reopening a current database skips Flyway and still finds everything.
        h.close();
        db.close();
        db = Database.open(dir);
        h = db.jdbi().open();
        assertThat(h.attach(CountryRegionDao.class).all()).hasSize(249);
    }

    @Test
    void organisationRoundTripUpdateFilterAndDelete() {
        OrganisationDao dao = h.attach(OrganisationDao.class);
        Organisation o = new Organisation(null, "老街省妇女联合会", "Lao Cai Women's Union", "Hội Liên hiệp Phụ nữ tỉnh Lào Cai",
                "LCWU", OrganisationType.WOMENS_ORGANISATION, "VN", "Lào Cai", "Lào Cai", "addr", "https://x.vn", "a@b.vn",
                "+84", PartialDate.ofMonth(2015, 11), OrganisationStatus.ACTIVE, "备注", Tags.of("border", "sample"), null, null);
        long id = dao.insert(o);
        Organisation back = dao.find(id).orElseThrow();
        assertThat(back).usingRecursiveComparison().ignoringFields("id", "createdAt", "updatedAt").isEqualTo(o);
        assertThat(back.createdAt()).isNotNull();

        dao.update(back.withId(id));
        assertThat(dao.count(RecordFilter.ALL.withText("lào cai"))).isEqualTo(1);
        assertThat(dao.count(RecordFilter.ALL.withText("LCWU").withCountry("VN"))).isEqualTo(1);
        assertThat(dao.count(RecordFilter.ALL.withCountry("LA"))).isZero();
        assertThat(dao.count(RecordFilter.ALL.withStatus("ACTIVE"))).isEqualTo(1);
        assertThat(dao.count(RecordFilter.ALL.withRange(PartialDate.ofYear(2015), PartialDate.ofYear(2015)))).isEqualTo(1);
        assertThat(dao.count(RecordFilter.ALL.withRange(PartialDate.ofYear(2016), null))).isZero();
        assertThat(dao.count(RecordFilter.ALL.withText("50%"))).isZero();
        assertThat(dao.findByName("LCWU", "VN")).hasSize(1);
        assertThat(dao.delete(id)).isEqualTo(1);
        assertThat(dao.find(id)).isEmpty();
    }

    @Test
    void listsPage() {
        for (int i = 0; i < 25; i++) org(String.format("单位%02d", i), "LA");
        OrganisationDao dao = h.attach(OrganisationDao.class);
        assertThat(dao.list(RecordFilter.page(0, 10))).hasSize(10);
        assertThat(dao.list(RecordFilter.page(20, 10))).hasSize(5).first().extracting(Organisation::nameZh).isEqualTo("单位20");
    }

    @Test
    void contactRoundTrip() {
        long o = org("丰沙里省妇联", "LA");
        ContactDao dao = h.attach(ContactDao.class);
        Contact c = new Contact(null, null, "Bouaphanh Sisouvanh", "ບົວພັນ ສີສຸວັນ", Gender.FEMALE, "President", o, "LA",
                "b@la", "+856", "wx", "line", "lo, en", PartialDate.ofYear(1970), "P01", PartialDate.ofDay(2030, 1, 1),
                "no pork", "Buddhist", "stairs", false, "n", Tags.of("sample"), null, null);
        long id = dao.insert(c);
        assertThat(dao.find(id).orElseThrow()).usingRecursiveComparison().ignoringFields("id", "createdAt", "updatedAt")
                .isEqualTo(c);
        assertThat(dao.ofOrganisation(o)).hasSize(1);
        assertThat(dao.count(RecordFilter.ALL.withText("ສີສຸວັນ").withCountry("LA"))).isEqualTo(1);
    }

    @Test
    void agreementWithPartnersRoundTrip() {
        long a = org("甲", "VN");
        long b = org("乙", "LA");
        AgreementDao dao = h.attach(AgreementDao.class);
        Agreement ag = new Agreement(null, "YN-1", "会谈纪要", AgreementType.MEETING_MINUTES, List.of(a, b),
                PartialDate.ofMonth(2015, 11), "老街", "我方", "对方", PartialDate.ofMonth(2015, 11),
                PartialDate.ofDay(2020, 11, 30), RenewalMode.FIXED_TERM, null, AgreementStatus.SIGNED, null, null,
                Tags.NONE, null, null);
        long id = dao.insert(ag);
        Agreement back = dao.find(id).orElseThrow();
        assertThat(back).usingRecursiveComparison().ignoringFields("id", "createdAt", "updatedAt").isEqualTo(ag);
        dao.update(new Agreement(id, "YN-1", "会谈纪要", AgreementType.MEETING_MINUTES, List.of(b), null, null, null, null,
                null, null, null, null, AgreementStatus.ACTIVE, null, null, null, null, null));
        assertThat(dao.find(id).orElseThrow().partnerIds()).containsExactly(b);
        assertThat(dao.count(RecordFilter.ALL.withCountry("LA"))).isEqualTo(1);
        assertThat(dao.count(RecordFilter.ALL.withCountry("VN"))).isZero();
    }

    @Test
    void delegationWithMembersItineraryAndGiftsRoundTrip() {
        long o = org("老街", "VN");
        DelegationDao dao = h.attach(DelegationDao.class);
        Delegation d = new Delegation(null, "2019-IN-004", Direction.INCOMING, "来访", List.of("LA", "VN"), List.of(o),
                "团长", "目的", PartialDate.ofDay(2019, 5, 13), PartialDate.ofDay(2019, 5, 16), DelegationStatus.COMPLETED,
                "批件", "邀请", "规格", "主宾", "联络员", "123", "到达", "离开", "宾馆", new BigDecimal("38000.00"),
                new BigDecimal("36500.50"), "总结", "后续", "备注", Tags.of("sample"), null, null);
        long id = dao.insert(d);
        assertThat(dao.find(id).orElseThrow()).usingRecursiveComparison()
                .ignoringFields("id", "createdAt", "updatedAt").isEqualTo(d);
        assertThat(dao.findByCode("2019-IN-004")).isPresent();
        assertThat(dao.count(RecordFilter.ALL.withCountry("VN"))).isEqualTo(1);

        DelegationMemberDao members = h.attach(DelegationMemberDao.class);
        DelegationMember m = new DelegationMember(null, id, null, null, "Vu Thi Mai", "Vũ Thị Mai", Gender.FEMALE, "部长",
                "老街", "VN", "C1", PartialDate.ofDay(2029, 1, 1), PartialDate.ofYear(1975), MemberRole.MEMBER, 2, "不吃牛肉",
                null, null, "803", null);
        long mid = members.insert(m);
        assertThat(members.find(mid).orElseThrow()).usingRecursiveComparison().ignoringFields("id").isEqualTo(m);

        ItineraryDao items = h.attach(ItineraryDao.class);
        ItineraryItem i = new ItineraryItem(null, id, LocalDate.of(2019, 5, 14), LocalTime.of(9, 0), LocalTime.of(10, 30),
                ItineraryKind.MEETING, "会见", "会议室", "主席", "正装", "越语", "考斯特", null);
        long iid = items.insert(i);
        assertThat(items.find(iid).orElseThrow()).usingRecursiveComparison().ignoringFields("id").isEqualTo(i);

        GiftDao gifts = h.attach(GiftDao.class);
        Gift g = new Gift(null, id, null, GiftDirection.RECEIVED, "漆画", "省妇联", new BigDecimal("600.00"),
                LocalDate.of(2019, 5, 14), null, null);
        long gid = gifts.insert(g);
        assertThat(gifts.find(gid).orElseThrow()).usingRecursiveComparison().ignoringFields("id").isEqualTo(g);
        assertThat(gifts.undeclaredReceived()).hasSize(1);

        assertThat(dao.delete(id)).isEqualTo(1);
        assertThat(members.ofDelegation(id)).isEmpty();
        assertThat(items.ofDelegation(id)).isEmpty();
        assertThat(gifts.ofDelegation(id)).isEmpty();
    }

    @Test
    void projectWithSitesEventAndOfficeRoundTrip() {
        long ilo = org("国际劳工组织", "CH");
        long partner = org("伙伴", "CN");
        ProjectDao projects = h.attach(ProjectDao.class);
        Project p = new Project(null, "ILO", "湄公河", ilo, List.of(partner), PartialDate.ofYear(2000), null,
                new BigDecimal("1000000.00"), "USD", ProjectStatus.COMPLETED, 393_000, "10 good methods", "2001-06",
                null, Tags.NONE, null, null);
        long pid = projects.insert(p);
        assertThat(projects.find(pid).orElseThrow()).usingRecursiveComparison()
                .ignoringFields("id", "createdAt", "updatedAt").isEqualTo(p);
        projects.insertSite(new ProjectSite(null, pid, "勐海县", 12000));
        assertThat(projects.sites(pid)).extracting(ProjectSite::county).containsExactly("勐海县");

        EventDao events = h.attach(EventDao.class);
        Event e = new Event(null, "端午集市", EventKind.COMMUNITY, PartialDate.ofDay(2018, 6, 7), null, "TH", "Chiang Mai",
                null, List.of(partner), List.of("CN", "TH"), List.of(), 80, pid, null, "包粽子", null, null, Tags.NONE, null, null);
        long eid = events.insert(e);
        assertThat(events.find(eid).orElseThrow()).usingRecursiveComparison()
                .ignoringFields("id", "createdAt", "updatedAt").isEqualTo(e);
        assertThat(events.count(RecordFilter.ALL.withStatus("COMMUNITY").withCountry("TH"))).isEqualTo(1);

        OfficeAbroadDao offices = h.attach(OfficeAbroadDao.class);
        OfficeAbroad o = new OfficeAbroad(null, "木姐项目办公室", "MM", "Muse", PartialDate.ofDay(2014, 9, 17), "掸邦政府",
                partner, OfficeStatus.ACTIVE, null, "第一个", Tags.NONE, null, null);
        long oid = offices.insert(o);
        assertThat(offices.find(oid).orElseThrow()).usingRecursiveComparison()
                .ignoringFields("id", "createdAt", "updatedAt").isEqualTo(o);

        AttachmentDao attachments = h.attach(AttachmentDao.class);
        Attachment a = new Attachment(null, RecordKind.OFFICE_ABROAD, oid, "批文.pdf", "a".repeat(64), 1234, "批文", null);
        long aid = attachments.insert(a);
        assertThat(attachments.find(aid).orElseThrow()).usingRecursiveComparison().ignoringFields("id", "addedAt").isEqualTo(a);
        assertThat(attachments.of(RecordKind.OFFICE_ABROAD, oid)).hasSize(1);
    }

    @Test
    void foreignKeysRefuseOrphans() {
        assertThatThrownBy(() -> org("无国", "XX")).hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        assertThatThrownBy(() -> h.attach(DelegationMemberDao.class).insert(new DelegationMember(null, 999L, null, "某",
                null, null, null, null, null, null, null, null, null, MemberRole.MEMBER, 1, null, null, null, null, null)))
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        long o = org("资助方", "CH");
        h.attach(ProjectDao.class).insert(new Project(null, null, "p", o, List.of(), PartialDate.ofYear(2000), null, null,
                null, null, null, null, null, null, Tags.NONE, null, null));
        assertThatThrownBy(() -> h.attach(OrganisationDao.class).delete(o)).hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
    }

    @Test
    void constraintsRefuseNamelessAndBadDates() {
        assertThatThrownBy(() -> h.execute("INSERT INTO organisation (type, country) VALUES ('NGO', 'CN')"))
                .hasMessageContaining("ORGANISATION_NAMED");
        assertThatThrownBy(() -> h.execute("INSERT INTO organisation (name_zh, type, country, partner_since)"
                + " VALUES ('x', 'NGO', 'CN', '2015/11')")).hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
    }
}
