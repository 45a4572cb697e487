package org.aso.core.kernel;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The French public holidays (<i>jours fériés</i>, Code du travail art. L3133-1): the fixed ones,
 * and Easter Monday, Ascension Thursday and Whit Monday computed from Easter.
 *
 * <pre>{@code
 * HolidayCalendar fr = FrenchHolidays.metropolitan();
 * HolidayCalendar strasbourg = FrenchHolidays.withAlsaceMoselle();  // + Good Friday, 26 December
 * }</pre>
 *
 * <p>Whit Monday is listed as a holiday although many employers make it the <i>journée de
 * solidarité</i>; a host that works that day uses {@link #metropolitan(boolean)}.
 */
public final class FrenchHolidays {
    private FrenchHolidays() {}

    /** {@return the eleven national holidays} */
    public static HolidayCalendar metropolitan() {
        return metropolitan(true);
    }

    /**
     * {@return the national holidays, with or without Whit Monday (<i>Lundi de Pentecôte</i>)}
     *
     * @param includeWhitMonday whether Whit Monday is a holiday (it is a working "solidarity day"
     *     in many services)
     */
    public static HolidayCalendar metropolitan(boolean includeWhitMonday) {
        List<HolidayRule> rules = new ArrayList<>(List.of(
                HolidayRule.fixed(MonthDay.of(1, 1), "Jour de l'an"),
                HolidayRule.easter(1, "Lundi de Pâques"),
                HolidayRule.fixed(MonthDay.of(5, 1), "Fête du Travail"),
                HolidayRule.fixed(MonthDay.of(5, 8), "Victoire 1945"),
                HolidayRule.easter(39, "Ascension")));
        if (includeWhitMonday) {
            rules.add(HolidayRule.easter(50, "Lundi de Pentecôte"));
        }
        rules.addAll(List.of(
                HolidayRule.fixed(MonthDay.of(7, 14), "Fête nationale"),
                HolidayRule.fixed(MonthDay.of(8, 15), "Assomption"),
                HolidayRule.fixed(MonthDay.of(11, 1), "Toussaint"),
                HolidayRule.fixed(MonthDay.of(11, 11), "Armistice 1918"),
                HolidayRule.fixed(MonthDay.of(12, 25), "Noël")));
        return HolidayCalendar.of("France", rules);
    }

    /** {@return the two days added in Alsace and Moselle: Good Friday and 26 December} */
    public static HolidayCalendar alsaceMoselleAdditions() {
        return HolidayCalendar.of("Alsace-Moselle", List.of(
                HolidayRule.easter(-2, "Vendredi saint"),
                HolidayRule.fixed(MonthDay.of(12, 26), "Saint-Étienne")));
    }

    /** {@return the national holidays plus the Alsace-Moselle additions} */
    public static HolidayCalendar withAlsaceMoselle() {
        return metropolitan().plus(alsaceMoselleAdditions());
    }
}
