package org.aso.docs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.aso.core.priority.TaskSource;

/**
 * The minutes of a meeting (compte-rendu): who was present, absent or excused, the agenda items,
 * the decisions, the action items, and the open action items of the previous meeting of the series
 * carried over as "matters arising".
 *
 * <pre>{@code
 * Minutes minutes = Minutes.of(meeting, Set.of(chair, clerk), Set.of(excused), names,
 *         List.of(new Minutes.Decision("D1", "The archive moves to building B", Optional.of(dossier))),
 *         List.of(new Minutes.ActionItem("A1", "Book the van", clerk, LocalDate.of(2026, 12, 10), false)),
 *         Optional.of(lastMinutes));
 * List<Task.Builder> tasks = minutes.tasks(unit, grade, recordedAt);
 * }</pre>
 *
 * @param meeting the meeting
 * @param present who attended, in the order of the meeting's attendees
 * @param absent who was invited and neither came nor sent an excuse
 * @param excused who sent an excuse
 * @param names the people's names to print, by id (an id without a name prints as itself)
 * @param decisions the decisions, in order
 * @param actions the action items decided in this meeting
 * @param mattersArising the action items of the previous meeting still open, carried over
 */
public record Minutes(Meeting meeting, List<PersonId> present, List<PersonId> absent, List<PersonId> excused,
                      Map<PersonId, String> names, List<Decision> decisions, List<ActionItem> actions,
                      List<ActionItem> mattersArising) implements Draft {

    /**
     * A decision, with an id the host can link to a dossier.
     *
     * @param id the decision's id within the meeting ("D1"); not blank
     * @param text what was decided
     * @param dossier the dossier it concerns, if any
     */
    public record Decision(String id, String text, Optional<DossierId> dossier) {
        /**
         * Checks the components.
         *
         * @param id the id
         * @param text the text
         * @param dossier the dossier, if any
         * @throws IllegalArgumentException if the id or the text is blank
         */
        public Decision {
            Objects.requireNonNull(dossier, "dossier");
            if (id.isBlank() || text.isBlank()) {
                throw new IllegalArgumentException("A decision has an id and a text: '" + id + "', '" + text + "'");
            }
        }
    }

    /**
     * An action item: what, who, by when, and whether it is done.
     *
     * @param id the item's id, unique in the series ("2026-11-A1"); not blank
     * @param what what is to be done
     * @param owner who does it
     * @param due by when
     * @param done whether it is done
     */
    public record ActionItem(String id, String what, PersonId owner, LocalDate due, boolean done) {
        /**
         * Checks the components.
         *
         * @param id the id
         * @param what what is to be done
         * @param owner who does it
         * @param due by when
         * @param done whether it is done
         * @throws IllegalArgumentException if the id or the text is blank
         */
        public ActionItem {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(due, "due");
            if (id.isBlank() || what.isBlank()) {
                throw new IllegalArgumentException("An action item has an id and a text: '" + id + "', '" + what + "'");
            }
        }

        /** {@return this item, done} */
        public ActionItem withDone() {
            return new ActionItem(id, what, owner, due, true);
        }
    }

    /**
     * Checks the components and copies the collections.
     *
     * @param meeting the meeting
     * @param present who attended
     * @param absent who was absent
     * @param excused who was excused
     * @param names the names by id
     * @param decisions the decisions
     * @param actions the action items
     * @param mattersArising the carried-over action items
     * @throws IllegalArgumentException if two decisions or two action items share an id
     */
    public Minutes {
        Objects.requireNonNull(meeting, "meeting");
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        excused = List.copyOf(excused);
        names = Map.copyOf(names);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
        mattersArising = List.copyOf(mattersArising);
        unique(decisions.stream().map(Decision::id).toList());
        List<String> itemIds = new ArrayList<>();
        actions.forEach(a -> itemIds.add(a.id()));
        mattersArising.forEach(a -> itemIds.add(a.id()));
        unique(itemIds);
    }

    private static void unique(List<String> ids) {
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("Ids must be unique: " + ids);
        }
    }

    /**
     * The minutes of {@code meeting}: whoever of its organizer and attendees is neither present
     * nor excused is absent; the open action items of {@code previous} (its own and those it
     * carried over) become this meeting's matters arising.
     *
     * @param meeting the meeting held; not null
     * @param present who attended; not null
     * @param excused who sent an excuse; not null
     * @param names the people's names, by id; not null
     * @param decisions the decisions; not null
     * @param actions the action items decided; not null
     * @param previous the minutes of the previous meeting of the series, if any; not null
     * @return the minutes
     * @throws IllegalArgumentException if a decision or action item id repeats, or an action item
     *     of this meeting has the id of a carried-over one
     */
    public static Minutes of(Meeting meeting, Set<PersonId> present, Set<PersonId> excused,
                             Map<PersonId, String> names, List<Decision> decisions, List<ActionItem> actions,
                             Optional<Minutes> previous) {
        Objects.requireNonNull(meeting, "meeting");
        Set<PersonId> invited = new LinkedHashSet<>();
        invited.add(meeting.organizer());
        meeting.attendees().stream().map(Attendee::person).forEach(invited::add);
        invited.addAll(present);
        List<PersonId> p = new ArrayList<>();
        List<PersonId> a = new ArrayList<>();
        List<PersonId> e = new ArrayList<>();
        for (PersonId id : invited) {
            if (present.contains(id)) {
                p.add(id);
            } else if (excused.contains(id)) {
                e.add(id);
            } else {
                a.add(id);
            }
        }
        List<ActionItem> arising = previous.map(Minutes::openActions).orElse(List.of());
        return new Minutes(meeting, p, a, e, names, decisions, actions, arising);
    }

    /** {@return the action items still open after this meeting: its own and those carried over, not done} */
    public List<ActionItem> openActions() {
        List<ActionItem> open = new ArrayList<>();
        mattersArising.stream().filter(i -> !i.done()).forEach(open::add);
        actions.stream().filter(i -> !i.done()).forEach(open::add);
        return List.copyOf(open);
    }

    /**
     * These minutes with the carried-over item {@code id} marked done (it was reported done at the
     * meeting); it is then not carried over again.
     *
     * @param id the id of a matter arising or an action item
     * @return the minutes with that item done
     * @throws IllegalArgumentException if no item has that id
     */
    public Minutes withDone(String id) {
        boolean[] found = {false};
        java.util.function.UnaryOperator<ActionItem> mark = i -> {
            if (i.id().equals(id)) {
                found[0] = true;
                return i.withDone();
            }
            return i;
        };
        List<ActionItem> arising = mattersArising.stream().map(mark).toList();
        List<ActionItem> own = actions.stream().map(mark).toList();
        if (!found[0]) {
            throw new IllegalArgumentException("No action item " + id + " in the minutes of " + meeting.id().value());
        }
        return new Minutes(meeting, present, absent, excused, names, decisions, own, arising);
    }

    /**
     * The open action items decided in this meeting as builders of core tasks, one each: id
     * {@code <meeting id>/<item id>}, the item's text as title, its owner as assignee, its due day,
     * the meeting's decision as source. The host may add effort, importance or tags before
     * building (the builder is strict: what is set here is set once).
     *
     * @param unit the unit the tasks belong to; not null
     * @param grade their priority grade; not null
     * @param createdAt when the tasks are created (the minutes' approval); not null
     * @return one builder an open action item, in order
     */
    public List<Task.Builder> tasks(OrgUnitId unit, PriorityGrade grade, Instant createdAt) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(createdAt, "createdAt");
        List<Task.Builder> builders = new ArrayList<>();
        for (ActionItem item : actions) {
            if (item.done()) {
                continue;
            }
            Task.Builder b = Task.builder();
            b.id(TaskId.of(meeting.id().value() + "/" + item.id())).title(item.what()).assignee(item.owner())
                    .unit(unit).grade(grade).dueDate(item.due()).createdAt(createdAt)
                    .source(TaskSource.meetingDecision(meeting.id()));
            builders.add(b);
        }
        return List.copyOf(builders);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.MINUTES;
    }

    @Override
    public String title() {
        return meeting.title();
    }

    @Override
    public Map<String, Object> values(Locale locale) {
        Map<String, Object> v = Texts.meetingHead(meeting, locale);
        // the chair is the attendee with that role; the organizer when nobody has it
        v.put("chair", name(meeting.attendees().stream().filter(a -> a.role() == Attendee.Role.CHAIR)
                .map(Attendee::person).findFirst().orElse(meeting.organizer())));
        v.put("present", present.stream().map(this::name).toList());
        v.put("absent", absent.stream().map(this::name).toList());
        v.put("excused", excused.stream().map(this::name).toList());
        v.put("items", meeting.agenda().stream().map(i -> i.title()).toList());
        v.put("decisions", decisions.stream().map(d -> Map.of("id", d.id(), "text", d.text(),
                "dossier", d.dossier().map(DossierId::value).orElse(""))).toList());
        v.put("actions", actions.stream().map(i -> item(i, locale)).toList());
        v.put("mattersArising", mattersArising.stream().map(i -> item(i, locale)).toList());
        return java.util.Collections.unmodifiableMap(v);
    }

    private Map<String, Object> item(ActionItem i, Locale locale) {
        return Map.of("id", i.id(), "what", i.what(), "owner", name(i.owner()), "due", Texts.day(i.due(), locale),
                "done", i.done());
    }

    private String name(PersonId id) {
        return names.getOrDefault(id, id.value());
    }
}
