package org.liaisondesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensitiveTest {
    @Test
    void passportsShowTheirLastFourAndDatesOfBirthTheirYear() {
        assertThat(Sensitive.mask("E12345678")).isEqualTo("•••••5678");
        assertThat(Sensitive.mask("AB1")).isEqualTo("AB1");
        assertThat(Sensitive.isMasked(Sensitive.mask("E12345678"))).isTrue();
        assertThat(Sensitive.maskBirth(PartialDate.ofDay(1975, 3, 8))).isEqualTo("1975-••-••");
        assertThat(Sensitive.maskBirth(PartialDate.ofMonth(1975, 3))).isEqualTo("1975-••-••");
        assertThat(Sensitive.maskBirth(PartialDate.ofYear(1975))).isEqualTo("1975");
        assertThat(Sensitive.maskBirth(null)).isEmpty();
    }
}
