package org.aso.docs;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.aso.core.correspondence.Pendency;
import org.aso.core.kernel.Identifier;

/**
 * The pendency report of a register (état des instances) from core's {@link Pendency}: the mail still
 * awaiting a reply, grouped by unit or holder and by age, overdue items marked, with the reasons
 * recorded for delays.
 *
 * @param register the register's name, for the heading
 * @param pendency the pendency computed by core
 */
public record PendencyReport(String register, Pendency pendency) implements Draft {
    /**
     * Checks the components.
     *
     * @param register the register's name
     * @param pendency the pendency
     */
    public PendencyReport {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(pendency, "pendency");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.PENDENCY_REPORT;
    }

    @Override
    public String title() {
        return register;
    }

    @Override
    public Map<String, Object> values(Locale locale) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("register", register);
        v.put("date", Texts.day(pendency.day(), locale));
        v.put("groups", pendency.groups().stream().map(g -> Map.of(
                "unit", g.unit().map(Identifier::value).orElse(""),
                "holder", g.holder().map(Identifier::value).orElse(""),
                "bucket", g.ageBucket(),
                "items", g.items().stream().map(i -> Map.of("number", i.number(),
                        "receivedOn", Texts.day(i.receivedOn(), locale), "age", String.valueOf(i.ageDays()),
                        "replyDue", i.replyDue().map(d -> Texts.day(d, locale)).orElse(""),
                        "overdue", i.overdue(), "delayReason", i.delayReason().orElse(""))).toList())).toList());
        return java.util.Collections.unmodifiableMap(v);
    }
}
