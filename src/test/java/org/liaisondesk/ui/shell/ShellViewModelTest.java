package org.liaisondesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.records.RecordListViewModel;
import org.liaisondesk.ui.settings.SettingsViewModel;

/** The shell's view models, run without the FX toolkit against a real database. */
class ShellViewModelTest {
    @TempDir Path dir;
    Services services;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    List<Locale> switched = new ArrayList<>();

    @BeforeEach
    void open() { services = Services.open(dir); }

    @AfterEach
    void close() { services.close(); }

    ShellViewModel shell(Locale l) {
        ShellViewModel vm = new ShellViewModel(dir, services.preferences(), TaskRunner.INLINE, dialogs, l, switched::add);
        vm.connect(services);
        return vm;
    }

    @Test
    void firstStartOnAnEmptyDatabaseOffersTheSampleOnceAndLoadsIt() {
        ShellViewModel vm = shell(Locale.SIMPLIFIED_CHINESE);
        vm.offerSampleIfEmpty();
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: 载入示例数据？");
        assertThat(vm.countsProperty().get().get(RecordKind.DELEGATION)).isGreaterThan(0);
        assertThat(vm.countsTextProperty().get()).startsWith("单位 ");
        assertThat(vm.busyProperty().get()).isFalse();

        shell(Locale.SIMPLIFIED_CHINESE).offerSampleIfEmpty();
        assertThat(dialogs.shown).hasSize(1);
    }

    @Test
    void decliningTheOfferLeavesTheDatabaseEmptyAndIsNotAskedAgain() {
        dialogs.answer = false;
        shell(Locale.ENGLISH).offerSampleIfEmpty();
        assertThat(services.statistics().isEmpty()).isTrue();
        ShellViewModel again = shell(Locale.ENGLISH);
        again.refreshCounts();
        assertThat(again.dashboard().sampleNotice().get()).isEmpty();
        assertThat(again.dashboard().emptyProperty().get()).isTrue();
        again.offerSampleIfEmpty();
        assertThat(dialogs.shown).hasSize(1);
    }

    @Test
    void aSecondSampleLoadIsRefusedWithAMessageInTheUsersLanguage() {
        ShellViewModel vm = shell(Locale.SIMPLIFIED_CHINESE);
        vm.loadSample();
        vm.loadSample();
        assertThat(dialogs.shown).singleElement().asString().contains("数据库中已有记录");
    }

    @Test
    void sectionsShowTheirListsOrSayWhatWillBeThere() {
        services.sampleData().load(false);
        ShellViewModel vm = shell(Locale.ENGLISH);
        vm.refreshCounts();
        RecordListViewModel orgs = vm.list(Section.ORGANISATIONS);
        orgs.load();
        assertThat(orgs.rows()).hasSize(23);
        assertThat(orgs.countTextProperty().get()).isEqualTo("Showing 23 of 23");
        vm.select(Section.CONTACTS);
        assertThat(vm.selectedProperty().get()).isEqualTo(Section.CONTACTS);
        assertThat(vm.dashboard().countText(RecordKind.OFFICE_ABROAD).get()).isEqualTo("2");
        assertThat(vm.dashboard().label(RecordKind.OFFICE_ABROAD)).isEqualTo("Offices abroad");
        assertThat(vm.dashboard().sampleNotice().get())
                .isEqualTo("The database holds 26 invented record(s), tagged \"sample\" or \"generated\": they are not history.");
    }

    @Test
    void choosingALanguageIsRememberedAndRelabelsTheWindow() {
        SettingsViewModel settings = shell(Locale.SIMPLIFIED_CHINESE).settings();
        settings.chooseLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(switched).isEmpty();
        settings.chooseLanguage(Locale.ENGLISH);
        assertThat(switched).containsExactly(Locale.ENGLISH);
        assertThat(services.preferences().load().language()).isEqualTo("en");
    }

    @Test
    void aDeletedOrganisationComesBackWithCtrlZ() {
        services.sampleData().load(false);
        long laoCai = services.organisations().list(org.liaisondesk.domain.RecordFilter.ALL.withText("老街省妇女联合会"))
                .get(0).id();
        ShellViewModel vm = shell(Locale.SIMPLIFIED_CHINESE);
        vm.select(Section.ORGANISATIONS);
        vm.workspace().openRecord(org.liaisondesk.domain.RecordKind.ORGANISATION, laoCai);
        var page = (org.liaisondesk.ui.organisations.OrganisationPageViewModel) vm.detailProperty().get();
        page.load();
        page.delete();
        assertThat(vm.detailProperty().get()).isNull();
        assertThat(vm.noticeProperty().get()).isEqualTo("已删除“越南老街省妇女联合会”。按 Ctrl+Z 撤销。");
        assertThat(services.organisations().find(laoCai)).isEmpty();
        vm.undoDelete();
        assertThat(services.organisations().find(laoCai)).isPresent();
        assertThat(services.organisations().references(laoCai).counts()).containsEntry(org.liaisondesk.domain.RecordKind.CONTACT, 1L);
        assertThat(vm.noticeProperty().get()).startsWith("已恢复");
        assertThat(vm.detailProperty().get()).isInstanceOf(org.liaisondesk.ui.organisations.OrganisationPageViewModel.class);
        vm.undoDelete(); // nothing more to undo
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: 删除这条记录");
    }

    @Test
    void editOpensTheFormFilledAndAMissingRecordSaysSo() {
        services.sampleData().load(false);
        long laoCai = services.organisations().list(org.liaisondesk.domain.RecordFilter.ALL.withText("老街省妇女联合会"))
                .get(0).id();
        ShellViewModel vm = shell(Locale.SIMPLIFIED_CHINESE);
        vm.workspace().edit(org.liaisondesk.domain.RecordKind.ORGANISATION, laoCai, false);
        var form = (org.liaisondesk.ui.organisations.OrganisationFormViewModel) vm.detailProperty().get();
        assertThat(form.title()).isEqualTo("越南老街省妇女联合会");
        assertThat(org.liaisondesk.ui.form.Fill.field(form, "partnerSince").text.get()).isEqualTo("2015-11");
        org.liaisondesk.ui.form.Fill.type(form, "city", "老街市");
        dialogs.answer = false;
        vm.select(Section.CONTACTS);
        assertThat(vm.detailProperty().get()).as("kept: the user chose to stay in the unsaved form").isSameAs(form);
        assertThat(vm.selectedProperty().get()).isNotEqualTo(Section.CONTACTS);
        dialogs.answer = true;
        vm.closeDetail();
        assertThat(vm.detailProperty().get()).isNull();
        dialogs.shown.clear();
        vm.workspace().edit(org.liaisondesk.domain.RecordKind.ORGANISATION, 99_999L, false);
        assertThat(vm.detailProperty().get()).isNull();
        assertThat(dialogs.shown).singleElement().asString().contains("已不存在");
    }

    @Test
    void aboutNamesVersionDataFolderAndLicences() {
        shell(Locale.ENGLISH).about();
        assertThat(dialogs.shown).singleElement().asString()
                .contains("About Liaison Desk", "Version ", dir.toString(), "Apache License 2.0", "H2");
    }
}
