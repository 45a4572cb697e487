package org.aso.docs;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.aso.core.dossier.Dossier;
import org.aso.core.kernel.PersonId;

/**
 * A dossier's movement sheet (fiche de mouvements): who had the file, from whom, when and why.
 *
 * @param dossier the dossier
 * @param names the people's names to print, by id (an id without a name prints as itself)
 * @param zone the zone in which times are shown
 */
public record MovementSheet(Dossier dossier, Map<PersonId, String> names, ZoneId zone) implements Draft {
    /**
     * Checks the components and copies the map.
     *
     * @param dossier the dossier
     * @param names the names
     * @param zone the zone
     */
    public MovementSheet {
        Objects.requireNonNull(dossier, "dossier");
        names = Map.copyOf(names);
        Objects.requireNonNull(zone, "zone");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.MOVEMENT_SHEET;
    }

    @Override
    public String title() {
        return dossier.reference().text();
    }

    @Override
    public Map<String, Object> values(Locale locale) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("reference", dossier.reference().text());
        v.put("dossierTitle", dossier.title());
        v.put("movements", dossier.movements().stream().map(m -> Map.of(
                "from", m.from().map(this::name).orElse(""), "to", name(m.to()),
                "date", Texts.day(m.at().atZone(zone).toLocalDate(), locale),
                "time", Texts.time(m.at().atZone(zone), locale), "reason", m.reason(), "by", name(m.by()))).toList());
        return java.util.Collections.unmodifiableMap(v);
    }

    private String name(PersonId id) {
        return names.getOrDefault(id, id.value());
    }
}
