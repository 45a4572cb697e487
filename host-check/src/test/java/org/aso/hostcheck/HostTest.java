package org.aso.hostcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostTest {

    @Test
    void run_usesEachModule_reportsWhatEachCallGave() {
        assertThat(Host.run()).containsExactly(
                "officer p-17 in S2",
                "refused kernel.person.missing-name",
                "task t-1 due 2024-05-10",
                "morning 3 h",
                "holidays 11",
                "mail to claire.martin@example.org",
                "html &lt;Budget &amp; staff&gt;",
                "json \"t-1\"");
    }
}
