package org.liaisondesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;

/**
 * Hostile and random input through the services: huge texts, control characters, right-to-left
 * marks, SQL fragments, paths with "..", impossible codes. Every record is either stored exactly
 * as given or refused with a reason (InvalidInputException); nothing else may happen, and the
 * database stays whole.
 */
class FuzzTest {
    static final List<String> NASTY = List.of("", " ", "'; DROP TABLE organisation; --", "\" OR 1=1 --", "%_\\",
            "\u202Eevil\u202C", "\u0000\u0001\u0007\u001b[31m", "../../etc/passwd", "..\\..\\windows\\system32",
            "😀👩‍👩‍👧‍👧", "\uFEFF老街", "ມ\u0EB5", "\uD800", "x".repeat(100_000), "名".repeat(5_000),
            "<script>alert(1)</script>", "${jndi:ldap://x/y}", "Robert'); DELETE FROM contact;--", "\r\n\t");
    @TempDir Path dir;
    Services s;
    Random random = new Random(27112026);

    @BeforeEach
    void open() { s = Services.open(dir); }

    @AfterEach
    void close() { s.close(); }

    private String text() {
        int pick = random.nextInt(NASTY.size() + 3);
        if (pick < NASTY.size()) return NASTY.get(pick);
        if (pick == NASTY.size()) return null;
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(60);
        for (int i = 0; i < n; i++) b.appendCodePoint(random.nextInt(0x3000));
        return b.toString();
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] all = type.getEnumConstants();
        int i = random.nextInt(all.length + 1);
        return i == all.length ? null : all[i];
    }

    @Test
    void randomOrganisationsAreStoredExactlyOrRefusedWithAReason() {
        int stored = 0, refused = 0;
        for (int i = 0; i < 400; i++) {
            Organisation o = new Organisation(null, text(), text(), text(), text(), pick(OrganisationType.class),
                    random.nextInt(6) == 0 ? text() : List.of("VN", "LA", "MM", "CN", "HK", "TH").get(random.nextInt(6)),
                    text(), text(), text(), text(), text(), text(), random.nextBoolean() ? null : PartialDate.ofYear(1900 + random.nextInt(200)),
                    pick(OrganisationStatus.class), text(), Tags.NONE, null, null);
            try {
                long id = s.organisations().create(o);
                Organisation back = s.organisations().find(id).orElseThrow();
                assertThat(back).usingRecursiveComparison().ignoringFields("id", "createdAt", "updatedAt").isEqualTo(o);
                stored++;
            } catch (InvalidInputException e) {
                assertThat(Messages.format(java.util.Locale.SIMPLIFIED_CHINESE, e)).as("a reason in words").isNotBlank();
                refused++;
            }
        }
        assertThat(stored).isPositive();
        assertThat(refused).isPositive();
        assertThat(s.organisations().list(RecordFilter.ALL)).hasSize(stored);
        assertThat(s.organisations().list(RecordFilter.ALL.withText("'; DROP TABLE organisation; --"))).isNotNull();
    }

    @Test
    void randomContactsAndSearchesNeitherCrashNorCorrupt() {
        long org = s.organisations().create(new Organisation(null, "老街省妇联", null, null, null, OrganisationType.NGO,
                "VN", null, null, null, null, null, null, null, null, null, Tags.NONE, null, null));
        int stored = 0;
        for (int i = 0; i < 300; i++) {
            Contact c = new Contact(null, text(), text(), text(), pick(Gender.class), text(),
                    random.nextBoolean() ? org : null, random.nextInt(5) == 0 ? text() : "VN", text(), text(), text(),
                    text(), text(), null, text(), null, text(), text(), text(), random.nextBoolean(), text(), Tags.NONE,
                    null, null);
            try {
                long id = s.contacts().create(c);
                assertThat(s.contacts().find(id).orElseThrow()).usingRecursiveComparison()
                        .ignoringFields("id", "createdAt", "updatedAt").isEqualTo(c);
                stored++;
            } catch (InvalidInputException e) {
                assertThat(e.key()).isNotBlank();
            }
            String query = text();
            if (query != null) s.search().search(query, java.util.Locale.SIMPLIFIED_CHINESE, 20);
        }
        assertThat(stored).isPositive();
        assertThat(s.contacts().list(RecordFilter.ALL)).hasSize(stored);
    }
}
