package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.internal.Phrasebook;
import org.junit.jupiter.api.Test;

/** Every converted kind of text of the kernel, word for word in French and English. */
class LocalisedTextTest {
    private final BusinessCalendar paris = KernelFixtures.paris();

    @Test
    void workingDayDeadline_acrossMayHolidays_readsAsEachLanguageWritesIt() {
        WorkingDayDeadline d = paris.deadline(LocalDate.of(2024, 5, 2), 15);
        assertThat(d.explanation("reçu le", Locale.FRENCH)).isEqualTo(
                "reçu le jeudi 2 mai 2024 + 15 jours ouvrés, hors 8 mai (Victoire 1945), 9 mai (Ascension),"
                        + " 20 mai (Lundi de Pentecôte) et 8 jours de week-end → mardi 28 mai 2024");
        assertThat(d.explanation("received", Locale.ENGLISH)).isEqualTo(
                "received Thu 2 May 2024 + 15 working days: skipped 8 May (Victory in Europe Day), 9 May (Ascension Day),"
                        + " 20 May (Whit Monday) and 8 weekend days -> Tue 28 May 2024");
    }

    @Test
    void workingDayDeadline_ofOneDay_isSingularInBothLanguages() {
        WorkingDayDeadline d = paris.deadline(LocalDate.of(2024, 6, 3), 1);
        assertThat(d.explanation(Locale.FRENCH))
                .isEqualTo("à partir du lundi 3 juin 2024 + 1 jour ouvré, sans jour écarté → mardi 4 juin 2024");
        assertThat(d.explanation(Locale.ENGLISH))
                .isEqualTo("from Mon 3 Jun 2024 + 1 working day: no day skipped -> Tue 4 Jun 2024");
    }

    @Test
    void workingDayDeadline_ofTwoDaysOverNewYear_isPluralAndNamesTheFirstOfTheMonthAsFrenchDoes() {
        WorkingDayDeadline d = paris.deadline(LocalDate.of(2025, 12, 30), 2);
        assertThat(d.explanation(Locale.FRENCH)).isEqualTo("à partir du mardi 30 décembre 2025 + 2 jours ouvrés,"
                + " hors 1er janvier 2026 (Jour de l'an) → vendredi 2 janvier 2026");
        assertThat(d.explanation(Locale.ENGLISH)).isEqualTo(
                "from Tue 30 Dec 2025 + 2 working days: skipped 1 Jan 2026 (New Year's Day) -> Fri 2 Jan 2026");
        // the methods without a locale keep their output: English, names as the calendar gives them
        assertThat(d.explanation()).isEqualTo(
                "from Tue 30 Dec 2025 + 2 working days: skipped 1 Jan 2026 (Jour de l'an) -> Fri 2 Jan 2026");
    }

    @Test
    void workingDayDeadline_countingBackOverOneNonWorkingDay_isSingular() {
        BusinessCalendar partTime = paris.withWeek(KernelFixtures.frenchOfficeWeek().without(DayOfWeek.WEDNESDAY));
        WorkingDayDeadline d = partTime.deadline(LocalDate.of(2024, 6, 7), -3);
        assertThat(d.explanation("échéance", Locale.FRENCH))
                .isEqualTo("échéance vendredi 7 juin 2024 - 3 jours ouvrés, hors 1 jour non travaillé → lundi 3 juin 2024");
        assertThat(d.explanation("due", Locale.ENGLISH))
                .isEqualTo("due Fri 7 Jun 2024 - 3 working days: skipped 1 non-working day -> Mon 3 Jun 2024");
    }

    @Test
    void workingDayDeadline_ofThousandsOfDays_groupsDigitsAsEachLanguageDoes() {
        WorkingDayDeadline d = paris.deadline(LocalDate.of(2024, 6, 3), 1500);
        assertThat(d.explanation(Locale.FRENCH)).startsWith("à partir du lundi 3 juin 2024 + 1\u202f500 jours ouvrés, hors ");
        assertThat(d.explanation(Locale.ENGLISH)).startsWith("from Mon 3 Jun 2024 + 1,500 working days: skipped ");
    }

    @Test
    void workingTimeDeadline_showsTimesOnTheCalendarsClockNotUtc() {
        // 14:00 UTC is 16:00 in Paris (summer time); the office closes at 17:30, i.e. 15:30 UTC
        WorkingTimeDeadline d = paris.deadline(Instant.parse("2024-05-07T14:00:00Z"), Duration.ofMinutes(90));
        assertThat(d.due()).isEqualTo(Instant.parse("2024-05-07T15:30:00Z"));
        assertThat(d.explanation("attribué le", Locale.FRENCH)).isEqualTo("attribué le mardi 7 mai 2024 à 16 h 00"
                + " + 1 h 30 de temps ouvré, sans jour écarté → mardi 7 mai 2024 à 17 h 30 (Europe/Paris)");
        assertThat(d.explanation("assigned", Locale.ENGLISH)).isEqualTo("assigned Tue 7 May 2024 16:00"
                + " + 1h30 working time: no day skipped -> Tue 7 May 2024 17:30 (Europe/Paris)");
    }

    @Test
    void workingTimeDeadline_overHolidays_namesThemInEachLanguage() {
        WorkingTimeDeadline d = paris.deadline(Instant.parse("2024-05-07T14:00:00Z"), Duration.ofHours(8));
        assertThat(d.explanation(Locale.FRENCH)).isEqualTo("à partir du mardi 7 mai 2024 à 16 h 00 + 8 h de temps"
                + " ouvré, hors 8 mai (Victoire 1945) et 9 mai (Ascension) → vendredi 10 mai 2024 à 16 h 30 (Europe/Paris)");
        assertThat(d.explanation(Locale.ENGLISH)).isEqualTo("from Tue 7 May 2024 16:00 + 8h working time: skipped"
                + " 8 May (Victory in Europe Day) and 9 May (Ascension Day) -> Fri 10 May 2024 16:30 (Europe/Paris)");
    }

    @Test
    void explanation_inALanguageNotShipped_isEnglishWhateverTheJvmDefault() {
        WorkingDayDeadline d = paris.deadline(LocalDate.of(2024, 6, 3), 1);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(d.explanation(Locale.GERMAN)).isEqualTo(d.explanation(Locale.ENGLISH));
            assertThat(d.explanation()).isEqualTo("from Mon 3 Jun 2024 + 1 working day: no day skipped -> Tue 4 Jun 2024");
        } finally {
            Locale.setDefault(before);
        }
        assertThatThrownBy(() -> d.explanation((Locale) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void holidayName_isEnglishInEnglishWhereTheShippedCalendarHasIt() {
        HolidayCalendar fr = FrenchHolidays.withAlsaceMoselle();
        Holiday victory = fr.holidaysOn(LocalDate.of(2024, 5, 8)).get(0);
        assertThat(victory.name(Locale.FRENCH)).isEqualTo("Victoire 1945");
        assertThat(victory.name(Locale.ENGLISH)).isEqualTo("Victory in Europe Day");
        assertThat(victory.name(Locale.UK)).isEqualTo("Victory in Europe Day");
        assertThat(fr.holidaysOn(LocalDate.of(2024, 12, 26)).get(0).name(Locale.ENGLISH)).isEqualTo("St Stephen's Day");
        assertThat(fr.holidaysOn(LocalDate.of(2024, 4, 1)).get(0).name(Locale.ENGLISH)).isEqualTo("Easter Monday");
        // every shipped holiday has an English name
        assertThat(fr.holidaysIn(2024)).hasSize(13).allSatisfy(h ->
                assertThat(h.name(Locale.ENGLISH)).as(h.name()).isNotEqualTo(h.name()).isNotBlank());
        // a host's own name is shown as given
        assertThat(Holiday.of(LocalDate.of(2024, 3, 4), "Fête de la section").name(Locale.ENGLISH))
                .isEqualTo("Fête de la section");
    }

    @Test
    void problemMessage_inFrench_isRenderedFromCodeAndDetails() {
        Problem p = Interval.between(Instant.parse("2024-05-07T10:00:00Z"), Instant.parse("2024-05-07T09:00:00Z")).getLeft();
        assertThat(p.message(Locale.FRENCH))
                .isEqualTo("La fin (2024-05-07T09:00:00Z) précède le début (2024-05-07T10:00:00Z)");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo(p.message()).isEqualTo("The end is before the start");
        assertThat(EmailAddress.parse(" ").getLeft().message(Locale.FRENCH)).isEqualTo("Une adresse électronique est requise");
        Problem tooLong = Text.check("subject", "x".repeat(600), Text.Kind.TITLE).getLeft();
        assertThat(tooLong.message(Locale.FRENCH)).matches("Le champ subject compte 600 caractères ; \\d+ au plus sont acceptés");
    }

    @Test
    void problemMessage_inFrench_showsDatesAsDaysAndStatesAsWords() {
        Problem early = Problem.of("dossier.dispose.too-early", "Dossier d-1 may be disposed of from 2030-01-01")
                .with("dossier", "d-1").with("disposalOn", LocalDate.of(2030, 1, 1)).with("today", LocalDate.of(2026, 5, 7));
        assertThat(early.message(Locale.FRENCH)).isEqualTo("Le dossier d-1 ne peut être éliminé avant le 1er janvier 2030");
        assertThat(early.message(Locale.ENGLISH)).isEqualTo("Dossier d-1 may be disposed of from 2030-01-01");
        Problem closed = Problem.of("dossier.close.not-active", "Dossier d-1 is already CLOSED")
                .with("dossier", "d-1").with("status", org.aso.core.dossier.DossierStatus.CLOSED);
        assertThat(closed.message(Locale.FRENCH)).isEqualTo("Le dossier d-1 est déjà clos");
        Problem late = Problem.of("correspondence.registration.letter-after-arrival", "The letter is dated after its arrival")
                .with("letterDate", LocalDate.of(2024, 5, 9)).with("receivedOn", LocalDate.of(2024, 5, 7));
        assertThat(late.message(Locale.FRENCH)).isEqualTo("La lettre est datée du 9 mai 2024, après son arrivée le 7 mai 2024");
        // a value that only looks like a constant or a date is shown as given
        Problem tag = Problem.of("dossier.tag.unknown", "The dossier is not tagged URGENT").with("dossier", "d-1").with("tag", "URGENT");
        assertThat(tag.message(Locale.FRENCH)).isEqualTo("Le dossier d-1 ne porte pas l’étiquette URGENT");
        Problem notADate = Problem.of("dossier.tag.unknown", "x").with("dossier", "d-1").with("tag", "2024-02-30");
        assertThat(notADate.message(Locale.FRENCH)).isEqualTo("Le dossier d-1 ne porte pas l’étiquette 2024-02-30");
    }

    @Test
    void combinedProblem_inFrench_rendersEachPartInFrench() {
        Problem blank = EmailAddress.parse(" ").getLeft();
        Problem noDossier = Problem.of("dossier.unknown", "No dossier d-9").with("dossier", "d-9");
        Problem both = Problems.combine(java.util.List.of(blank, noDossier));
        assertThat(both.message(Locale.FRENCH))
                .isEqualTo("2 problèmes : Une adresse électronique est requise ; Dossier inconnu : d-9");
        assertThat(both.message(Locale.ENGLISH)).isEqualTo(both.message())
                .isEqualTo("2 problems: " + blank.message() + "; No dossier d-9");
        // a part without its French sentence keeps its English message; a malformed combination is shown as given
        Problem hostMade = Problems.combine(java.util.List.of(noDossier, Problem.of("host.thing.broken", "The thing is broken")));
        assertThat(hostMade.message(Locale.FRENCH)).isEqualTo("2 problèmes : Dossier inconnu : d-9 ; The thing is broken");
        Problem malformed = Problem.of(Problems.SEVERAL, "2 problems: a; b").with("count", "two");
        assertThat(malformed.message(Locale.FRENCH)).isEqualTo("2 problems: a; b");
        Problem partWithoutMessage = Problem.of(Problems.SEVERAL, "1 problem: a").with("count", 1)
                .with("1.code", "kernel.email.blank");
        assertThat(partWithoutMessage.message(Locale.FRENCH)).isEqualTo("1 problem: a");
        Problem partWithoutCode = Problem.of(Problems.SEVERAL, "1 problem: a").with("count", 1)
                .with("1.message", "a");
        assertThat(partWithoutCode.message(Locale.FRENCH)).isEqualTo("1 problem: a");
    }

    @Test
    void problemMessage_withoutAFrenchSentence_fallsBackToTheEnglishMessage() {
        Problem unknownCode = Problem.of("host.thing.broken", "The thing is broken").with("thing", 3);
        assertThat(unknownCode.message(Locale.FRENCH)).isEqualTo("The thing is broken");
        // the French sentence needs capacity and needed: without them, the English message
        Problem lacking = Problem.of("agenda.room.too-small", "Room A is too small").with("room", "r-1");
        assertThat(lacking.message(Locale.FRENCH)).isEqualTo("Room A is too small");
        Problem full = lacking.with("capacity", 4).with("needed", 6);
        assertThat(full.message(Locale.FRENCH)).isEqualTo("La salle r-1 a 4 places ; la réunion en demande 6");
    }

    @Test
    void shippedTexts_haveTheSameKeysInEveryLanguageAndParse() {
        Map<String, String> en = Phrasebook.entries("");
        Map<String, String> fr = Phrasebook.entries("_fr");
        Set<String> required = Phrasebook.requiredKeys();
        assertThat(fr.keySet()).containsAll(required);
        assertThat(required).containsAll(fr.keySet().stream()
                .filter(k -> !k.startsWith("problem.") && !k.startsWith("word.") && !k.endsWith(".first")).toList());
        for (Map<String, String> lang : java.util.List.of(en, fr)) {
            lang.forEach((k, v) -> {
                if (!k.startsWith("format.day") && !k.startsWith("format.short") && !k.equals("format.time")) {
                    // a lone ASCII apostrophe would be swallowed by MessageFormat
                    assertThat(v.replace("''", "")).as(k).doesNotContain("'");
                    String indexed = v.replaceAll("\\{[a-zA-Z][a-zA-Z0-9_-]*\\}", "{0}");
                    assertThat(new MessageFormat(indexed, Locale.ROOT).toPattern()).as(k).isNotBlank();
                }
            });
        }
    }

    @Test
    void frenchProblemMessages_areForCodesTheToolkitUses() throws java.io.IOException {
        String sources = mainSources();
        java.util.List<String> codes = Phrasebook.entries("_fr").keySet().stream().filter(k -> k.startsWith("problem."))
                .map(k -> k.substring("problem.".length())).sorted().toList();
        assertThat(codes).hasSizeGreaterThan(250)
                .allSatisfy(code -> assertThat(sources).as(code).contains("\"" + code + "\""));
    }

    @Test
    void everyProblemCodeOfTheMainSources_hasAFrenchSentence() throws java.io.IOException {
        // a code-shaped literal of a feature, not a text key, not an event's action (returned by an *Event type)
        Set<String> textKeys = Phrasebook.entries("").keySet();
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile(
                "\"((?:kernel|agenda|correspondence|dossier|priority|audit|numbering|disruption|mail|calendar|docs|json|store)(?:\\.[a-z0-9][a-z0-9-]*)+)\"");
        Set<String> used = new java.util.TreeSet<>();
        for (Path f : javaFiles()) {
            String text = java.nio.file.Files.readString(f).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            boolean events = f.getFileName().toString().endsWith("Event.java");
            for (String line : text.split("\n")) {
                if (events && line.strip().startsWith("return \"")) {
                    continue;
                }
                java.util.regex.Matcher m = literal.matcher(line);
                while (m.find()) {
                    // not a key of Jakarta Mail's session properties ("mail.mime.allowutf8")
                    String before = line.substring(0, m.start()).stripTrailing();
                    if (before.endsWith("setProperty(") || before.endsWith("put(")) {
                        continue;
                    }
                    if (!textKeys.contains(m.group(1)) && !m.group(1).endsWith("-")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(250).contains("kernel.email.blank", "correspondence.phone.callback-without-number",
                "audit.chain.broken", "mail.address.group", "docs.archive.hold.active")
                .doesNotContain("dossier.opened", "correspondence.registered");
        Map<String, String> fr = Phrasebook.entries("_fr");
        assertThat(used).allSatisfy(code -> assertThat(fr).as("French sentence for " + code).containsKey("problem." + code));
    }

    /** The main sources of aso-core and of the modules whose problems it words (aso-calendar, aso-mail, aso-docs, aso-store). */
    private static java.util.List<Path> javaFiles() throws java.io.IOException {
        java.util.List<Path> out = new java.util.ArrayList<>();
        for (Path root : java.util.List.of(Path.of("src", "main", "java"), Path.of("..", "aso-calendar", "src", "main", "java"),
                Path.of("..", "aso-mail", "src", "main", "java"), Path.of("..", "aso-docs", "src", "main", "java"),
                Path.of("..", "aso-store", "src", "main", "java"))) {
            assertThat(root).isDirectory();
            try (var files = java.nio.file.Files.walk(root)) {
                out.addAll(files.filter(f -> f.toString().endsWith(".java")).sorted().toList());
            }
        }
        return out;
    }

    private static String mainSources() throws java.io.IOException {
        StringBuilder sources = new StringBuilder();
        for (Path f : javaFiles()) {
            sources.append(java.nio.file.Files.readString(f));
        }
        return sources.toString();
    }

    @Test
    void texts_areFoundWhenCoreRunsAsANamedModule() throws Exception {
        // given: aso-core's classes and Vavr resolved as modules in a layer of their own
        Path core = Path.of("target", "classes");
        assertThat(core.resolve("module-info.class")).exists();
        Path[] vavr = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> Path.of(e).getFileName().toString().startsWith("vavr")).map(Path::of).toArray(Path[]::new);
        assertThat(vavr).isNotEmpty();
        ModuleFinder finder = ModuleFinder.compose(ModuleFinder.of(core), ModuleFinder.of(vavr));
        Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("org.aso.core"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("org.aso.core");
        // when: a French explanation is rendered by the module's own classes
        Class<?> holidays = loader.loadClass("org.aso.core.kernel.FrenchHolidays");
        Class<?> week = loader.loadClass("org.aso.core.kernel.WorkingWeek");
        assertThat(holidays.getModule().isNamed()).isTrue();
        assertThat(holidays.getModule().getName()).isEqualTo("org.aso.core");
        Object calendar = loader.loadClass("org.aso.core.kernel.BusinessCalendar")
                .getMethod("of", java.time.ZoneId.class, week, loader.loadClass("org.aso.core.kernel.HolidayCalendar"))
                .invoke(null, KernelFixtures.PARIS, weekIn(week), holidays.getMethod("metropolitan").invoke(null));
        Object deadline = calendar.getClass().getMethod("deadline", LocalDate.class, int.class)
                .invoke(calendar, LocalDate.of(2024, 5, 7), 1);
        // then
        assertThat(deadline.getClass().getMethod("explanation", Locale.class).invoke(deadline, Locale.FRENCH))
                .isEqualTo("à partir du mardi 7 mai 2024 + 1 jour ouvré, hors 8 mai (Victoire 1945) et 9 mai (Ascension)"
                        + " → vendredi 10 mai 2024");
    }

    private static Object weekIn(Class<?> week) throws ReflectiveOperationException {
        Class<?> range = week.getClassLoader().loadClass("org.aso.core.kernel.TimeRange");
        Object hours = java.lang.reflect.Array.newInstance(range, 1);
        java.lang.reflect.Array.set(hours, 0, range.getMethod("parse", String.class).invoke(null, "09:00-17:30"));
        return week.getMethod("mondayToFriday", hours.getClass()).invoke(null, hours);
    }
}
