package org.liaisondesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;

class RecordServicesTest {
    @TempDir Path dir;
    Services s;

    @BeforeEach
    void open() { s = Services.open(dir); }

    @AfterEach
    void close() { s.close(); }

    private long org(String name, String country) {
        return s.organisations().create(new Organisation(null, name, null, null, null, OrganisationType.NGO, country,
                null, null, null, null, null, null, null, null, null, Tags.NONE, null, null));
    }

    @Test
    void referencesSayWhatADeleteWouldTouchAndTheDeleteUnlinks() {
        long org = org("老街省妇联", "VN");
        long contact = s.contacts().create(new Contact(null, "阮氏花", null, null, null, null, org, "VN", null, null, null,
                null, null, null, null, null, null, null, null, false, null, Tags.NONE, null, null));
        s.agreements().create(new Agreement(null, null, "纪要", null, List.of(org), null, null, null, null, null, null,
                null, null, null, null, null, Tags.NONE, null, null));

        References refs = s.organisations().references(org);
        assertThat(refs.counts()).containsEntry(RecordKind.CONTACT, 1L).containsEntry(RecordKind.AGREEMENT, 1L)
                .doesNotContainKey(RecordKind.PROJECT);

        s.organisations().delete(org);
        assertThat(s.organisations().find(org)).isEmpty();
        assertThat(s.contacts().find(contact).orElseThrow().organisationId()).isNull();
        assertThat(s.agreements().list(RecordFilter.ALL).get(0).partnerIds()).isEmpty();
    }

    @Test
    void anUndoneDeletePutsTheOrganisationAndItsLinksBack() {
        s.sampleData().load(false);
        Organisation laoCai = s.organisations().list(RecordFilter.ALL.withText("老街省妇女联合会")).get(0);
        References before = s.organisations().references(laoCai.id());
        DeletedRecord<Organisation> gone = s.organisations().deleteUndoably(laoCai.id());
        assertThat(s.organisations().find(laoCai.id())).isEmpty();
        assertThat(gone.linked(RecordKind.CONTACT)).hasSize(1);
        s.organisations().restore(gone);
        assertThat(s.organisations().find(laoCai.id())).get().usingRecursiveComparison().ignoringFields("updatedAt")
                .isEqualTo(laoCai);
        assertThat(s.organisations().references(laoCai.id())).isEqualTo(before);
        assertThat(s.agreements().list(RecordFilter.ALL.withText("YN-LC-2015")).get(0).partnerIds()).containsExactly(laoCai.id());
        long fresh = s.organisations().create(new Organisation(null, "新的", null, null, null, OrganisationType.NGO, "LA",
                null, null, null, null, null, null, null, null, null, Tags.NONE, null, null));
        assertThat(fresh).as("ids keep counting after a restore").isNotEqualTo(laoCai.id());
    }

    @Test
    void everyKindOfDeleteCanBeUndoneWithItsPartsAndLinks() {
        s.sampleData().load(false);
        Delegation visit = s.delegations().list(RecordFilter.ALL).stream()
                .filter(d -> !s.delegations().itinerary(d.id()).isEmpty()).findFirst().orElseThrow();
        int members = s.delegations().members(visit.id()).size(), programme = s.delegations().itinerary(visit.id()).size();
        References before = s.delegations().references(visit.id());
        DeletedRecord<Delegation> gone = s.delegations().deleteUndoably(visit.id());
        assertThat(s.delegations().members(visit.id())).isEmpty();
        s.delegations().restore(gone);
        assertThat(s.delegations().find(visit.id())).get().usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(visit);
        assertThat(s.delegations().members(visit.id())).hasSize(members);
        assertThat(s.delegations().itinerary(visit.id())).hasSize(programme);
        assertThat(s.delegations().references(visit.id())).isEqualTo(before);

        long org = org("老挝妇女联合会测试", "LA");
        long person = s.contacts().create(new Contact(null, "宋萨瓦", null, null, null, null, org, "LA", null, null, null,
                null, null, null, null, null, null, null, null, false, null, Tags.NONE, null, null));
        long meeting = s.events().create(new Event(null, "座谈", EventKind.ROUNDTABLE, PartialDate.ofYear(2024), null, "LA",
                null, null, List.of(org), List.of(), List.of(person), null, null, null, null, null, null, Tags.NONE, null, null));
        assertThat(s.contacts().references(person).counts()).containsEntry(RecordKind.EVENT, 1L);
        DeletedRecord<Contact> contact = s.contacts().deleteUndoably(person);
        assertThat(s.events().find(meeting).orElseThrow().attendeeIds()).isEmpty();
        s.contacts().restore(contact);
        assertThat(s.events().find(meeting).orElseThrow().attendeeIds()).containsExactly(person);

        Project project = s.projects().list(RecordFilter.ALL).get(0);
        int sites = s.projects().sites(project.id()).size();
        s.projects().restore(s.projects().deleteUndoably(project.id()));
        assertThat(s.projects().sites(project.id())).hasSize(sites);
        Agreement agreement = s.agreements().list(RecordFilter.ALL).get(0);
        s.agreements().restore(s.agreements().deleteUndoably(agreement.id()));
        assertThat(s.agreements().find(agreement.id()).orElseThrow().partnerIds()).isEqualTo(agreement.partnerIds());
        OfficeAbroad office = s.offices().list(RecordFilter.ALL).get(0);
        s.offices().restore(s.offices().deleteUndoably(office.id()));
        assertThat(s.offices().find(office.id())).isPresent();
        s.events().restore(s.events().deleteUndoably(meeting));
        assertThat(s.events().find(meeting).orElseThrow().organiserIds()).containsExactly(org);
    }

    @Test
    void aFunderCannotBeDeletedAndNothingIsTouched() {
        long funder = org("ILO", "CH");
        long contact = s.contacts().create(new Contact(null, "某", null, null, null, null, funder, null, null, null, null,
                null, null, null, null, null, null, null, null, false, null, Tags.NONE, null, null));
        s.projects().create(new Project(null, null, "湄公河", funder, List.of(), PartialDate.ofYear(2000), null, null,
                null, null, null, null, null, null, Tags.NONE, null, null), List.of(new ProjectSite(null, null, "勐海县", 10)));
        assertThatThrownBy(() -> s.organisations().delete(funder))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.delete.funder");
        assertThat(s.contacts().find(contact).orElseThrow().organisationId()).isEqualTo(funder);
    }

    @Test
    void invalidRecordsAreRefusedBeforeWriting() {
        assertThatThrownBy(() -> s.organisations().create(new Organisation(null, null, null, null, null,
                OrganisationType.NGO, "CN", null, null, null, null, null, null, null, null, null, null, null, null)))
                .isInstanceOf(ValidationException.class);
        assertThat(s.organisations().count(RecordFilter.ALL)).isZero();
    }

    @Test
    void itineraryOutsideTheVisitIsRefused() {
        long d = s.delegations().create(new Delegation(null, "2019-IN-004", Direction.INCOMING, "来访", List.of("VN"),
                null, null, null, PartialDate.ofDay(2019, 5, 13), PartialDate.ofDay(2019, 5, 16), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        assertThatThrownBy(() -> s.delegations().addItineraryItem(new ItineraryItem(null, d, LocalDate.of(2019, 5, 20),
                null, null, ItineraryKind.VISIT, "参观", null, null, null, null, null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("error.itinerary.outside");
        s.delegations().addItineraryItem(new ItineraryItem(null, d, LocalDate.of(2019, 5, 14), null, null,
                ItineraryKind.VISIT, "参观", null, null, null, null, null, null));
        assertThat(s.delegations().itinerary(d)).hasSize(1);
        assertThat(s.delegations().references(d).counts()).containsEntry(RecordKind.ITINERARY_ITEM, 1L);
        s.delegations().delete(d);
        assertThat(s.statistics().isEmpty()).isTrue();
    }

    @Test
    void updatingARecordThatWasDeletedSaysSo() {
        long org = org("临时", "CN");
        Organisation o = s.organisations().find(org).orElseThrow();
        s.organisations().delete(org);
        assertThatThrownBy(() -> s.organisations().update(o)).hasMessageContaining("error.record.missing");
    }

    @Test
    void countriesResolveFromWhatPeopleWrite() {
        CountryRegionService c = s.countries();
        assertThat(c.resolve("LAO").iso2()).isEqualTo("LA");
        assertThat(c.resolve("老挝").iso2()).isEqualTo("LA");
        assertThat(c.resolve("myanmar").iso2()).isEqualTo("MM");
        assertThat(c.resolve("台湾").iso2()).isEqualTo("TW");
        assertThat(c.resolve("中国香港").kind()).isEqualTo(CountryKind.REGION_OF_CHINA);
        assertThatThrownBy(() -> c.resolve("Atlantis")).hasMessageContaining("error.country.unknown");
    }

    @Test
    void dataFolderFollowsOptionThenEnvironmentThenPlatform() {
        assertThat(DataFolder.resolve(Path.of("/x"), java.util.Map.of("LIAISON_DESK_HOME", "/y"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x"));
        assertThat(DataFolder.resolve(null, java.util.Map.of("LIAISON_DESK_HOME", "/y"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/y"));
        assertThat(DataFolder.resolve(null, java.util.Map.of("APPDATA", "C:\\AppData"), "Windows 11", "C:\\u"))
                .isEqualTo(Path.of("C:\\AppData", "LiaisonDesk"));
        assertThat(DataFolder.resolve(null, java.util.Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/liaison-desk"));
    }

    @Test
    void preferencesSurviveAndADamagedFileFallsBackToDefaults() throws Exception {
        PreferencesService p = s.preferences();
        p.save(Preferences.DEFAULTS.withLanguage("en").withWindow(10, 20, 1000, 700, false));
        assertThat(p.load().language()).isEqualTo("en");
        assertThat(p.load().windowWidth()).isEqualTo(1000.0);
        java.nio.file.Files.writeString(dir.resolve("settings.properties"), "windowWidth=wide\n");
        assertThat(p.load()).isEqualTo(Preferences.DEFAULTS);
    }
}
