package org.liaisondesk.service.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyLinesTest {
    @Test
    void remembersTheFirstLineOfEveryKeyThroughGrowth() {
        KeyLines k = new KeyLines();
        for (int i = 0; i < 100_000; i++) assertThat(k.putIfAbsent("联系人" + i + "|LA", i + 2)).isEqualTo(-1);
        assertThat(k.putIfAbsent("联系人0|LA", 200_000)).isEqualTo(2);
        assertThat(k.putIfAbsent("联系人99999|LA", 200_001)).isEqualTo(100_001);
        assertThat(k.putIfAbsent("联系人99999|VN", 200_002)).isEqualTo(-1);
    }
}
