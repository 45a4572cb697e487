package org.aso.benchmarks;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.EntryStatus;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registration;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;

/**
 * The history of a general register (the settings of {@link RegisterData}) as its real decisions made it:
 * 1,000 pieces of mail a working day from Monday 3 January 2022, each with its own sender, subject,
 * grade and channel (incoming letters and e-mails mostly, one in ten outgoing, one in twenty internal,
 * one in sixteen a parliamentary question), and the follow-ups a mail room records a little later:
 * about two in three incoming pieces assigned to a section for action (some with an instruction), one in
 * seven also to a person for information, two in five acknowledged, outgoing letters linked to the
 * incoming letter they answer, half of the answered letters closed, one in five hundred cancelled.
 * Follow-ups are decided on the register as it stands, at the time of the registration they follow, so
 * the events are in time order.
 */
final class RegisterHistory {
    static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 3);
    static final int PER_DAY = 1_000;

    private static final PersonId CLERK = RegisterData.CLERK;
    private static final PersonId HEAD = PersonId.of("head-of-mail");
    private static final String[] ORGANISATIONS = {"Mairie de Lyon", "Préfecture du Rhône", "Assemblée nationale",
            "Cour des comptes", "Conseil régional Auvergne-Rhône-Alpes", "Association des usagers du rail",
            "Rectorat de Lyon", "Tribunal administratif", "Chambre de commerce", "Caisse d'allocations familiales",
            "Direction régionale des finances publiques", "Sénat"};
    private static final String[] FIRST_NAMES = {"Jean", "Claire", "Hélène", "François", "Amélie", "Théo", "Noémie",
            "Jérôme", "Léa", "Éric", "Sophie", "Karim", "Anaïs", "Benoît", "Zoé", "Loïc"};
    private static final String[] LAST_NAMES = {"Dupont", "Petit", "Martin", "Lefèvre", "Moreau", "Girard", "Roux",
            "Fournier", "Bonnet", "Mercier", "Lambert", "Faure", "N'Diaye", "Nguyen", "Da Silva", "Garnier"};
    private static final String[] TOPICS = {"la subvention de fonctionnement", "le permis de construire",
            "la demande de logement", "le recours gracieux", "la question écrite", "le rapport annuel",
            "la convention de partenariat", "l'appel à projets", "la réclamation", "le dossier d'indemnisation",
            "la nomination au comité", "le contrôle budgétaire", "l'ordre du jour du conseil", "la mise à jour du registre"};
    private static final String[] KINDS = {"Demande relative à", "Réclamation concernant", "Transmission de pièces pour",
            "Relance au sujet de", "Information sur", "Question écrite sur"};
    private static final String[] GRADES = {"normal", "normal", "normal", "normal", "urgent", "urgent", "very-urgent"};
    private static final Channel[] CHANNELS = {Channel.POST, Channel.POST, Channel.EMAIL, Channel.EMAIL, Channel.EMAIL,
            Channel.REGISTERED_POST, Channel.WEB_FORM, Channel.HAND_DELIVERY, Channel.FAX};
    private static final String[] NOTES = {"Pour réponse sous quinze jours", "Préparer un projet de réponse",
            "Voir avec le bureau juridique", "Attention : délai légal"};

    /** What the decisions left: the events in order, the register, and how many follow-ups were refused. */
    record History(List<EntryEvent> events, Register register, int refused) {}

    /** Several events appended as one decision (the bulk write of a history already decided). */
    record Batch(Register state, List<EntryEvent> events) implements Outcome<Register> {}

    private RegisterHistory() {}

    /**
     * {@return the history of a register of {@code entries} entries}
     *
     * @param entries how many pieces of mail are registered
     */
    static History build(int entries) {
        Register r = Register.of(RegisterData.settings());
        BusinessCalendar cal = r.settings().calendar();
        List<EntryEvent> events = new ArrayList<>(entries * 3 / 2);
        int refused = 0;
        LocalDate day = FIRST_DAY;
        for (int i = 0; i < entries; i++) {
            if (i > 0 && i % PER_DAY == 0) {
                day = cal.plusWorkingDays(day, 1);
            }
            Context ctx = at(day, i % PER_DAY, CLERK);
            Register.Registered reg = orThrow(r.register(registration(i, day), ctx));
            r = reg.register();
            events.addAll(reg.events());
            Context head = at(day, i % PER_DAY, HEAD);
            for (int step = 0; step < FOLLOW_UPS; step++) {
                Either<Problem, Register.Change> c = followUp(r, step, i, head);
                if (c == null) {
                    continue;
                }
                if (c.isLeft()) {
                    refused++;
                    continue;
                }
                r = c.get().register();
                events.addAll(c.get().events());
            }
        }
        return new History(List.copyOf(events), r, refused);
    }

    private static final int FOLLOW_UPS = 6;

    /** The follow-up {@code step} decided after registration {@code i}, or null if none is due. */
    private static Either<Problem, Register.Change> followUp(Register r, int step, int i, Context ctx) {
        int[] lags = {20, 25, 400, 2_500, 5_000, 7};
        int j = i - lags[step];
        if (j < 0) {
            return null;
        }
        SplittableRandom rnd = new SplittableRandom(j * 31L + 7);
        int roll = rnd.nextInt(1000);
        Entry e = r.entries().get(j);
        boolean incoming = e.direction() != Direction.OUTGOING;
        switch (step) {
            case 0: // a section for action, most incoming mail
                if (!incoming || roll >= 660 || e.isCancelled()) {
                    return null;
                }
                OrgUnitId unit = OrgUnitId.of("S" + (1 + rnd.nextInt(8)));
                return roll % 3 == 0
                        ? r.assign(e.id(), unit, Assignment.Purpose.ACTION, NOTES[roll % NOTES.length], ctx)
                        : r.assign(e.id(), unit, Assignment.Purpose.ACTION, ctx);
            case 1: // someone for information
                if (!incoming || roll >= 140 || e.isCancelled()) {
                    return null;
                }
                return r.assign(e.id(), PersonId.of("p-" + (100 + rnd.nextInt(40))), Assignment.Purpose.COPY, ctx);
            case 2: // the acknowledgement of receipt
                if (e.direction() != Direction.INCOMING || roll % 5 >= 2 || e.isCancelled()) {
                    return null;
                }
                return r.acknowledge(e.id(), ctx);
            case 3: // an outgoing letter answers the incoming letter registered 2,500 places before it
                if (e.direction() != Direction.INCOMING || e.isCancelled() || !e.status().isOpen()) {
                    return null;
                }
                Entry reply = r.entries().get(i);
                if (reply.direction() != Direction.OUTGOING || reply.isCancelled()) {
                    return null;
                }
                return r.linkReply(reply.id(), List.of(e.id()), ctx);
            case 4: // half of what was answered is closed
                if (e.status() != EntryStatus.ANSWERED || roll % 2 == 1) {
                    return null;
                }
                return r.changeStatus(e.id(), EntryStatus.CLOSED, ctx);
            default: // a registration made twice, cancelled
                if (roll >= 2 || e.isCancelled() || !e.answeredBy().isEmpty() || !e.answers().isEmpty()) {
                    return null;
                }
                return r.cancel(e.id(), "Enregistré deux fois", ctx);
        }
    }

    /** The registration of the {@code i}-th piece of mail, received on {@code day}. */
    static Registration registration(int i, LocalDate day) {
        SplittableRandom rnd = new SplittableRandom(i * 1_000_003L + 17);
        int kind = rnd.nextInt(100);
        Direction direction = kind < 85 ? Direction.INCOMING : kind < 95 ? Direction.OUTGOING : Direction.INTERNAL;
        String topic = TOPICS[rnd.nextInt(TOPICS.length)];
        Contact person = person(rnd);
        Registration.Builder b = Registration.builder();
        b.direction(direction).receivedOn(day).grade(GRADES[rnd.nextInt(GRADES.length)]);
        if (direction == Direction.OUTGOING) {
            b.channel(rnd.nextBoolean() ? Channel.POST : Channel.EMAIL)
                    .addRecipients(person)
                    .subject("Réponse concernant " + topic + " (n° " + (10_000 + i % 90_000) + ")");
        } else {
            b.channel(direction == Direction.INTERNAL ? Channel.EMAIL : CHANNELS[rnd.nextInt(CHANNELS.length)])
                    .sender(direction == Direction.INTERNAL
                            ? Contact.builder().name(person.name()).organisation("Bureau S" + (1 + rnd.nextInt(8))).build()
                            : person)
                    .letterDate(day.minusDays(rnd.nextInt(1, 8)))
                    .subject(KINDS[rnd.nextInt(KINDS.length)] + " " + topic + " (n° " + (10_000 + i % 90_000) + ")");
            if (rnd.nextInt(10) < 3) {
                b.theirReference("V/Réf. " + (2020 + rnd.nextInt(5)) + "/" + rnd.nextInt(1, 9_999));
            }
            if (rnd.nextInt(4) == 0) {
                b.summary("Le correspondant sollicite un examen de " + topic + " et joint les pièces demandées.");
            }
            if (rnd.nextInt(5) == 0) {
                b.addAttachments("scan-" + i + ".pdf");
            }
            if (rnd.nextInt(16) == 0) {
                b.documentType("parliamentary-question");
            }
        }
        return b.build();
    }

    private static Contact person(SplittableRandom rnd) {
        String name = (rnd.nextBoolean() ? "M. " : "Mme ") + FIRST_NAMES[rnd.nextInt(FIRST_NAMES.length)] + " "
                + LAST_NAMES[rnd.nextInt(LAST_NAMES.length)];
        Contact.Builder c = Contact.builder().name(name);
        if (rnd.nextInt(3) > 0) {
            c.organisation(ORGANISATIONS[rnd.nextInt(ORGANISATIONS.length)]);
        }
        return c.build();
    }

    /** The actor at minute {@code slot * 27 / 60} after 09:00 in Paris on {@code day}. */
    static Context at(LocalDate day, int slot, PersonId actor) {
        Instant at = day.atTime(LocalTime.of(9, 0)).plusSeconds(slot * 27L).atZone(RegisterData.PARIS).toInstant();
        return Context.of(at, actor, Clearance.of(Confidentiality.RESTRICTED));
    }

    /** {@return the register after {@code events}, applied one by one as a store replays them} */
    static Register evolve(Register from, List<EntryEvent> events) {
        Register r = from;
        for (EntryEvent e : events) {
            r = orThrow(r.evolve(e));
        }
        return r;
    }

    static <T> T orThrow(Either<Problem, T> result) {
        return result.getOrElseThrow(p -> new IllegalStateException(p.code() + ": " + p.message()));
    }
}
