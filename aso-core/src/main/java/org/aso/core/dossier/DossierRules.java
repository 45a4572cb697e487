package org.aso.core.dossier;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;

/**
 * The decisions on dossiers: pure functions of (dossier, command, {@link Context}) to either a
 * {@link Problem} saying which rule refused, or a {@link DossierOutcome} with the new dossier and
 * its events. Nothing is read from a clock: the instant of a decision is {@link Context#at()}, and
 * its day is read in the zone of the policy's calendar.
 *
 * <pre>{@code
 * DossierRules rules = DossierRules.of(plan, DossierPolicy.of(parisCalendar));
 * Dossier d = rules.open(openCommand, ctx).get().dossier();
 * Either<Problem, DossierOutcome> r = rules.decide(d, new DossierCommand.Close(), ctx.withInstant(later));
 * r.getLeft().code();   // "dossier.close.open-actions" if action items are still open
 * }</pre>
 *
 * <h2>Refusals</h2>
 * Checked in this order; the first that applies is returned.
 * <ul>
 *   <li>{@code kernel.range.instant}: the decision's instant is outside the supported range
 *       ({@link Limits}).
 *   <li>{@code dossier.disposed}: a disposed dossier accepts nothing.
 *   <li>{@code dossier.time.out-of-order}: the decision's instant is before the dossier's last
 *       change (keeps the movement log and every date chronological).
 *   <li>{@code dossier.confidential.not-cleared}: the actor's clearance does not permit the
 *       dossier's level and compartments, for every command that {@linkplain
 *       DossierCommand#readsContent() reads content} (transfer, archive, legal holds and disposal
 *       do not: registry staff carry files they may not read).
 *   <li>{@code kernel.text.*}: a text breaks the {@link org.aso.core.kernel.Text} rules (details
 *       {@code field}, {@code dossier}): reasons and subjects are notes, titles, action item
 *       descriptions and document references titles, a note's text a text, a tag a name.
 *   <li>{@code dossier.closed.read-only}: a closed or archived dossier's content does not change
 *       (title, subject, classification, items, action items, tags, work status).
 *   <li>{@code dossier.input.blank}: a required text is blank (detail {@code field}).
 *   <li>Per command: {@code dossier.transfer.archived}, {@code dossier.transfer.same-holder},
 *       {@code dossier.transfer.recipient-not-cleared} (the recipient's clearance, as the
 *       {@link DossierCommand.Transfer} gives it, does not permit the dossier's level and
 *       compartments: a file goes only to someone who may read it),
 *       {@code dossier.status.illegal-transition}, {@code dossier.action.unknown},
 *       {@code dossier.action.already-done}, {@code dossier.tag.duplicate},
 *       {@code dossier.tag.unknown}, {@code dossier.classification.unknown},
 *       {@code dossier.classification.unchanged}, {@code dossier.close.not-active},
 *       {@code dossier.close.open-actions} (when the policy forbids it),
 *       {@code dossier.close.no-retention-rule}, {@code dossier.reopen.archived},
 *       {@code dossier.reopen.not-closed}, {@code dossier.archive.not-closed},
 *       {@code dossier.hold.already-placed}, {@code dossier.hold.not-placed},
 *       {@code dossier.dispose.not-archived}, {@code dossier.dispose.legal-hold},
 *       {@code dossier.dispose.permanent}, {@code dossier.dispose.too-early}; and
 *       {@code kernel.range.date} for an action item due outside the supported range, or a closing
 *       whose review or disposal date would fall outside it.
 * </ul>
 * Opening refuses {@code kernel.range.instant}, {@code dossier.input.blank} (also for an untrimmed compartment name),
 * {@code kernel.text.*} (as above; a compartment is a name of at most 100 characters),
 * {@code dossier.input.too-many} (more than 50 compartments),
 * {@code dossier.classification.unknown},
 * {@code dossier.confidential.not-cleared} (nobody opens a file they could not read) and
 * {@code dossier.open.holder-not-cleared} (nor for a first holder who could not read it: see
 * {@link OpenDossier#holderClearance()}).
 *
 * <h2>What the actor gets back</h2>
 * Transfers, archiving, legal holds and disposal may be decided by someone not cleared for the
 * content, so every outcome keeps the state apart from what is shown:
 * {@link DossierOutcome#dossier()} is the whole new dossier for the host to store, and
 * {@link DossierOutcome#view()} is the dossier as the actor may see it ({@link DossierView}, with
 * the content only if the actor is cleared). Events never carry content to someone who may not
 * read it ({@link DossierEvent}).
 *
 * <p>Immutable and thread-safe.
 */
public final class DossierRules {
    private final FilingPlan plan;
    private final DossierPolicy policy;

    private DossierRules(FilingPlan plan, DossierPolicy policy) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * {@return Rules over a filing plan and a policy}
     *
     * @param plan the filing plan
     * @param policy the policy
     */
    public static DossierRules of(FilingPlan plan, DossierPolicy policy) {
        return new DossierRules(plan, policy);
    }

    /** {@return the filing plan} */
    public FilingPlan plan() {
        return plan;
    }

    /** {@return the policy} */
    public DossierPolicy policy() {
        return policy;
    }

    /**
     * {@return a copy with another policy}
     *
     * @param other the policy of the copy
     */
    public DossierRules withPolicy(DossierPolicy other) {
        return new DossierRules(plan, other);
    }

    // ------------------------------------------------------------- opening

    /**
     * Opens a dossier: status {@link DossierStatus#OPEN}, the holder as the first movement, an
     * empty volume 1.
     *
     * @param cmd the dossier to open, with the reference number its book gave it; not null
     * @param ctx who opens it, with their clearance, and when; not null
     * @return a refusal ({@code dossier.open.no-reference}: the command has no reference number,
     *     which only a {@link DossierBook} gives; {@code dossier.input.blank},
     *     {@code dossier.classification.unknown}, {@code dossier.confidential.not-cleared},
     *     {@code dossier.open.holder-not-cleared}), or the new dossier with a
     *     {@link DossierEvent.Opened} event
     */
    public Either<Problem, DossierOutcome> open(OpenDossier cmd, Context ctx) {
        Objects.requireNonNull(cmd, "cmd");
        Objects.requireNonNull(ctx, "ctx");
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        if (cmd.reference().isEmpty()) {
            return refuse(Problem.of("dossier.open.no-reference",
                    "Dossier " + cmd.id() + " has no reference number, and no numbering scheme gives it one")
                    .with("dossier", cmd.id()));
        }
        if (cmd.title().isBlank()) {
            return blank("title", cmd.id());
        }
        if (cmd.tags().stream().anyMatch(String::isBlank)) {
            return blank("tag", cmd.id());
        }
        if (cmd.compartments().stream().anyMatch(c -> c.isBlank() || !c.strip().equals(c))) {
            return blank("compartment", cmd.id());
        }
        Optional<Problem> badText = DossierTexts.of(cmd);
        if (badText.isPresent()) {
            return refuse(badText.get());
        }
        if (!plan.contains(cmd.classification())) {
            return refuse(Problem.of("dossier.classification.unknown",
                            "Code " + cmd.classification() + " is not in the filing plan")
                    .with("classification", cmd.classification()));
        }
        if (!ctx.clearance().permits(cmd.confidentiality(), cmd.compartments())) {
            return refuse(Problem.of("dossier.confidential.not-cleared",
                            "The actor is not cleared for a " + cmd.confidentiality() + " dossier")
                    .with("dossier", cmd.id()).with("actor", ctx.actor()));
        }
        Clearance holder = cmd.holder().equals(ctx.actor()) ? ctx.clearance()
                : cmd.holderClearance().orElse(Clearance.none());
        if (!holder.permits(cmd.confidentiality(), cmd.compartments())) {
            return refuse(Problem.of("dossier.open.holder-not-cleared",
                            "The first holder is not cleared for a " + cmd.confidentiality() + " dossier")
                    .with("dossier", cmd.id()).with("holder", cmd.holder()));
        }
        Instant at = ctx.at();
        DossierEvent.Opened opened = new DossierEvent.Opened(cmd.id(), at, ctx.actor(), cmd.reference().get(),
                cmd.title().strip(), cmd.subject().strip(), cmd.classification(), cmd.ownerUnit(), cmd.holder(),
                cmd.confidentiality(), List.copyOf(cmd.compartments()),
                cmd.tags().stream().map(String::strip).distinct().sorted().toList());
        return Either.right(new DossierOutcome(result(DossierHistory.open(opened)), List.of(opened))
                .shownTo(ctx.clearance()));
    }

    // ------------------------------------------------------------- decisions

    /**
     * Decides a command on a dossier.
     *
     * @param d the dossier
     * @param cmd the command
     * @param ctx when, by whom, with what clearance
     * @return the first refusal that applies (see the class comment), or the outcome, whose
     *     {@link DossierOutcome#view() view} shows the content only if the actor is cleared for it
     */
    public Either<Problem, DossierOutcome> decide(Dossier d, DossierCommand cmd, Context ctx) {
        return decision(d, cmd, ctx).map(o -> o.shownTo(ctx.clearance()));
    }

    private Either<Problem, DossierOutcome> decision(Dossier d, DossierCommand cmd, Context ctx) {
        Objects.requireNonNull(d, "dossier");
        Objects.requireNonNull(cmd, "cmd");
        Objects.requireNonNull(ctx, "ctx");
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        if (d.status() == DossierStatus.DISPOSED) {
            return refuse(problem("dossier.disposed", "Dossier " + d.id() + " has been disposed of", d));
        }
        if (ctx.at().isBefore(d.lastChangedAt())) {
            return refuse(problem("dossier.time.out-of-order",
                    "The decision is dated before the dossier's last change", d)
                    .with("at", ctx.at()).with("lastChangedAt", d.lastChangedAt()));
        }
        if (cmd.readsContent() && !d.isVisibleTo(ctx.clearance())) {
            return refuse(problem("dossier.confidential.not-cleared",
                    "The actor is not cleared for this " + d.confidentiality() + " dossier", d)
                    .with("actor", ctx.actor()));
        }
        Optional<Problem> badText = DossierTexts.of(cmd, d.id());
        if (badText.isPresent()) {
            return refuse(badText.get());
        }
        return cmd.accept(new Decision(d, ctx));
    }

    /** One decision: the command's own checks, then its events applied to the dossier. */
    private final class Decision implements DossierCommand.Visitor<Either<Problem, DossierOutcome>> {
        private final Dossier d;
        private final Context ctx;

        Decision(Dossier d, Context ctx) {
            this.d = d;
            this.ctx = ctx;
        }

        @Override
        public Either<Problem, DossierOutcome> transfer(DossierCommand.Transfer c) {
            return DossierRules.this.transfer(d, c, ctx);
        }

        @Override
        public Either<Problem, DossierOutcome> close(DossierCommand.Close c) {
            return DossierRules.this.close(d, ctx);
        }

        @Override
        public Either<Problem, DossierOutcome> reopen(DossierCommand.Reopen c) {
            return DossierRules.this.reopen(d, c, ctx);
        }

        @Override
        public Either<Problem, DossierOutcome> archive(DossierCommand.Archive c) {
            return DossierRules.this.archive(d, ctx);
        }

        @Override
        public Either<Problem, DossierOutcome> placeLegalHold(DossierCommand.PlaceLegalHold c) {
            return placeHold(d, c, ctx);
        }

        @Override
        public Either<Problem, DossierOutcome> liftLegalHold(DossierCommand.LiftLegalHold c) {
            return liftHold(d, c, ctx);
        }

        @Override
        public Either<Problem, DossierOutcome> dispose(DossierCommand.Dispose c) {
            return DossierRules.this.dispose(d, ctx);
        }

        // the rest edits the content

        @Override
        public Either<Problem, DossierOutcome> startWork(DossierCommand.StartWork c) {
            return whileActive(() -> changeStatus(d, DossierStatus.IN_PROGRESS, "work started", ctx));
        }

        @Override
        public Either<Problem, DossierOutcome> awaitReply(DossierCommand.AwaitReply c) {
            return whileActive(() -> c.reason().isBlank()
                    ? blank("reason", d.id())
                    : changeStatus(d, DossierStatus.WAITING_FOR_REPLY, c.reason(), ctx));
        }

        @Override
        public Either<Problem, DossierOutcome> addItem(DossierCommand.AddItem c) {
            return whileActive(() -> DossierRules.this.addItem(d, c, ctx));
        }

        @Override
        public Either<Problem, DossierOutcome> addActionItem(DossierCommand.AddActionItem c) {
            return whileActive(() -> addAction(d, c, ctx));
        }

        @Override
        public Either<Problem, DossierOutcome> completeActionItem(DossierCommand.CompleteActionItem c) {
            return whileActive(() -> completeAction(d, c, ctx));
        }

        @Override
        public Either<Problem, DossierOutcome> addTag(DossierCommand.AddTag c) {
            return whileActive(() -> DossierRules.this.addTag(d, c, ctx));
        }

        @Override
        public Either<Problem, DossierOutcome> removeTag(DossierCommand.RemoveTag c) {
            return whileActive(() -> DossierRules.this.removeTag(d, c, ctx));
        }

        @Override
        public Either<Problem, DossierOutcome> retitle(DossierCommand.Retitle c) {
            return whileActive(() -> DossierRules.this.retitle(d, c, ctx));
        }

        @Override
        public Either<Problem, DossierOutcome> reclassify(DossierCommand.Reclassify c) {
            return whileActive(() -> DossierRules.this.reclassify(d, c, ctx));
        }

        /** The decision, or {@code dossier.closed.read-only} if the dossier's content may no longer change. */
        private Either<Problem, DossierOutcome> whileActive(Supplier<Either<Problem, DossierOutcome>> decision) {
            if (!d.isActive()) {
                return refuse(problem("dossier.closed.read-only",
                        "Dossier " + d.id() + " is " + d.status() + ": its content can no longer change", d)
                        .with("status", d.status()));
            }
            return decision.get();
        }
    }

    /**
     * {@return the dossier's content for the actor of {@code ctx}, or a refusal coded
     * {@code dossier.confidential.not-cleared}} For a view that hides the content instead of
     * refusing, see {@link DossierView#of}.
     *
     * @param d the dossier
     * @param ctx who reads, with what clearance
     */
    public Either<Problem, Dossier> read(Dossier d, Context ctx) {
        if (!d.isVisibleTo(ctx.clearance())) {
            return Either.left(problem("dossier.confidential.not-cleared",
                    "The actor is not cleared for this " + d.confidentiality() + " dossier", d)
                    .with("actor", ctx.actor()));
        }
        return Either.right(d);
    }

    /**
     * Flags an active dossier that its holder has had for more than the policy's
     * {@link DossierPolicy#holdingLimit() holding limit} of working days at {@code at}. Days are
     * read in the calendar's zone and counted as {@link BusinessCalendar#workingDaysBetween}
     * does: the day of receipt is not counted, so a file received on a Thursday, with a limit of 7
     * and no holiday, is flagged on the Tuesday of the week after next (its 8th working day).
     * Any instant is answered, as of the nearest supported one ({@link #day}).
     *
     * @param d the dossier
     * @param at the instant to judge at
     * @return the alert, or empty when the dossier is within the limit or not active
     */
    public Optional<HoldingAlert> heldTooLong(Dossier d, Instant at) {
        if (!d.isActive()) {
            return Optional.empty();
        }
        BusinessCalendar cal = policy.calendar();
        LocalDate since = day(d.heldSince());
        int held = cal.workingDaysBetween(since, day(at));
        if (held <= policy.holdingLimit()) {
            return Optional.empty();
        }
        return Optional.of(ImmutableHoldingAlert.builder()
                .dossier(d.id()).holder(d.holder()).since(d.heldSince())
                .workingDaysHeld(held).limit(policy.holdingLimit())
                .dueBack(cal.deadline(since, policy.holdingLimit()))
                .build());
    }

    /**
     * {@return the day of {@code instant} in the zone of the policy's calendar; for an instant outside the
     * supported range, the day of the nearest supported instant ({@link Limits#clamp(Instant)})}
     *
     * @param instant any instant
     */
    public LocalDate day(Instant instant) {
        return Limits.clamp(instant).atZone(zone()).toLocalDate();
    }

    private ZoneId zone() {
        return policy.calendar().zone();
    }

    // ------------------------------------------------------------- one per command

    private Either<Problem, DossierOutcome> transfer(Dossier d, DossierCommand.Transfer c, Context ctx) {
        if (d.status() == DossierStatus.ARCHIVED) {
            return refuse(problem("dossier.transfer.archived", "An archived dossier stays in the archive", d));
        }
        if (c.reason().isBlank()) {
            return blank("reason", d.id());
        }
        if (c.to().equals(d.holder())) {
            return refuse(problem("dossier.transfer.same-holder", "The file is already with " + c.to(), d)
                    .with("holder", c.to()));
        }
        if (!d.isVisibleTo(c.recipientClearance())) {
            return refuse(problem("dossier.transfer.recipient-not-cleared",
                    c.to() + " is not cleared for this " + d.confidentiality() + " dossier", d).with("to", c.to()));
        }
        return done(d, new DossierEvent.Transferred(d.id(), ctx.at(), ctx.actor(), d.holder(), c.to(),
                c.reason().strip()));
    }

    private Either<Problem, DossierOutcome> changeStatus(Dossier d, DossierStatus to, String reason, Context ctx) {
        DossierStatus from = d.status();
        boolean allowed = to == DossierStatus.IN_PROGRESS
                ? from == DossierStatus.OPEN || from == DossierStatus.WAITING_FOR_REPLY
                : from == DossierStatus.OPEN || from == DossierStatus.IN_PROGRESS;
        if (!allowed) {
            return refuse(problem("dossier.status.illegal-transition",
                    "A dossier " + from + " cannot become " + to, d).with("from", from).with("to", to));
        }
        return done(d, new DossierEvent.StatusChanged(d.id(), ctx.at(), ctx.actor(), from, to, reason.strip()));
    }

    private Either<Problem, DossierOutcome> addItem(Dossier d, DossierCommand.AddItem c, Context ctx) {
        if (c.title().isBlank()) {
            return blank("title", d.id());
        }
        if (c.text().filter(String::isBlank).isPresent()) {
            return blank("text", d.id());
        }
        if (c.document().filter(String::isBlank).isPresent()) {
            return blank("document", d.id());
        }
        List<DossierEvent> events = new ArrayList<>();
        Volume current = d.currentVolume();
        VolumeLimits limits = policy.volumeLimits();
        boolean full = current.itemCount() > 0
                && (current.itemCount() + 1 > limits.maxItems()
                        || (long) current.pageCount() + c.pages() > limits.maxPages());
        int volume = current.number();
        if (full) {
            volume++;
            events.add(new DossierEvent.VolumeStarted(d.id(), ctx.at(), ctx.actor(), volume));
        }
        Item item = Item.builder()
                .number(d.items().size() + 1).kind(c.kind()).title(c.title().strip()).pages(c.pages())
                .volume(volume).addedAt(ctx.at()).addedBy(ctx.actor())
                .correspondence(c.correspondence()).text(c.text()).document(c.document())
                .build();
        events.add(new DossierEvent.ItemAdded(d.id(), ctx.at(), ctx.actor(), item));
        return done(d, events);
    }

    private Either<Problem, DossierOutcome> addAction(Dossier d, DossierCommand.AddActionItem c, Context ctx) {
        if (c.description().isBlank()) {
            return blank("description", d.id());
        }
        Optional<Problem> outside = Limits.checkDate("due date of the action item", c.due());
        if (outside.isPresent()) {
            return refuse(outside.get().with("dossier", d.id()));
        }
        ActionItem a = ActionItem.builder()
                .number(d.actions().size() + 1).description(c.description().strip()).due(c.due())
                .assignee(c.assignee()).addedAt(ctx.at())
                .build();
        return done(d, new DossierEvent.ActionItemAdded(d.id(), ctx.at(), ctx.actor(), a));
    }

    private Either<Problem, DossierOutcome> completeAction(Dossier d, DossierCommand.CompleteActionItem c,
                                                           Context ctx) {
        Optional<ActionItem> a = d.action(c.number());
        if (a.isEmpty()) {
            return refuse(problem("dossier.action.unknown", "There is no action item " + c.number(), d)
                    .with("action", c.number()));
        }
        if (!a.get().isOpen()) {
            return refuse(problem("dossier.action.already-done", "Action item " + c.number() + " is already done", d)
                    .with("action", c.number()));
        }
        return done(d, new DossierEvent.ActionItemCompleted(d.id(), ctx.at(), ctx.actor(), c.number()));
    }

    private Either<Problem, DossierOutcome> addTag(Dossier d, DossierCommand.AddTag c, Context ctx) {
        if (c.tag().isEmpty()) {
            return blank("tag", d.id());
        }
        if (d.tags().contains(c.tag())) {
            return refuse(problem("dossier.tag.duplicate", "The dossier is already tagged " + c.tag(), d)
                    .with("tag", c.tag()));
        }
        SortedSet<String> tags = new TreeSet<>(d.tags());
        tags.add(c.tag());
        return done(d, new DossierEvent.TagsChanged(d.id(), ctx.at(), ctx.actor(), List.copyOf(tags)));
    }

    private Either<Problem, DossierOutcome> removeTag(Dossier d, DossierCommand.RemoveTag c, Context ctx) {
        if (!d.tags().contains(c.tag())) {
            return refuse(problem("dossier.tag.unknown", "The dossier is not tagged " + c.tag(), d)
                    .with("tag", c.tag()));
        }
        SortedSet<String> tags = new TreeSet<>(d.tags());
        tags.remove(c.tag());
        return done(d, new DossierEvent.TagsChanged(d.id(), ctx.at(), ctx.actor(), List.copyOf(tags)));
    }

    private Either<Problem, DossierOutcome> retitle(Dossier d, DossierCommand.Retitle c, Context ctx) {
        if (c.title().isBlank()) {
            return blank("title", d.id());
        }
        return done(d, new DossierEvent.Retitled(d.id(), ctx.at(), ctx.actor(), c.title().strip(), c.subject().strip()));
    }

    private Either<Problem, DossierOutcome> reclassify(Dossier d, DossierCommand.Reclassify c, Context ctx) {
        if (!plan.contains(c.classification())) {
            return refuse(problem("dossier.classification.unknown",
                    "Code " + c.classification() + " is not in the filing plan", d)
                    .with("classification", c.classification()));
        }
        if (c.classification().equals(d.classification())) {
            return refuse(problem("dossier.classification.unchanged",
                    "Dossier " + d.id() + " is already filed under " + c.classification(), d)
                    .with("classification", c.classification()));
        }
        return done(d, new DossierEvent.Reclassified(d.id(), ctx.at(), ctx.actor(), d.classification(),
                c.classification()));
    }

    private Either<Problem, DossierOutcome> close(Dossier d, Context ctx) {
        if (!d.isActive()) {
            return refuse(problem("dossier.close.not-active", "Dossier " + d.id() + " is already " + d.status(), d)
                    .with("status", d.status()));
        }
        List<ActionItem> open = d.openActions();
        if (!open.isEmpty() && !policy.closingWithOpenActions()) {
            return refuse(problem("dossier.close.open-actions",
                    "Dossier " + d.id() + " still has " + open.size() + " open action item(s)", d)
                    .with("openActions", open.stream().map(a -> String.valueOf(a.number())).toList()));
        }
        Optional<RetentionRule> rule = plan.retentionOf(d.classification());
        if (rule.isEmpty()) {
            return refuse(problem("dossier.close.no-retention-rule",
                    "The filing plan gives no retention rule for " + d.classification(), d)
                    .with("classification", d.classification()));
        }
        Either<Problem, RetentionOutcome> outcome = rule.get().outcome(day(ctx.at()));
        if (outcome.isLeft()) {
            return refuse(outcome.getLeft().with("dossier", d.id()));
        }
        return done(d, new DossierEvent.Closed(d.id(), ctx.at(), ctx.actor(), outcome.get(), open.size()));
    }

    private Either<Problem, DossierOutcome> reopen(Dossier d, DossierCommand.Reopen c, Context ctx) {
        if (d.status() == DossierStatus.ARCHIVED) {
            return refuse(problem("dossier.reopen.archived", "An archived dossier cannot be reopened", d));
        }
        if (d.status() != DossierStatus.CLOSED) {
            return refuse(problem("dossier.reopen.not-closed", "Dossier " + d.id() + " is not closed", d)
                    .with("status", d.status()));
        }
        if (c.reason().isBlank()) {
            return blank("reason", d.id());
        }
        return done(d, new DossierEvent.Reopened(d.id(), ctx.at(), ctx.actor(), c.reason().strip()));
    }

    private Either<Problem, DossierOutcome> archive(Dossier d, Context ctx) {
        if (d.status() != DossierStatus.CLOSED) {
            return refuse(problem("dossier.archive.not-closed",
                    "Only a closed dossier can be archived; this one is " + d.status(), d).with("status", d.status()));
        }
        return done(d, new DossierEvent.Archived(d.id(), ctx.at(), ctx.actor()));
    }

    private Either<Problem, DossierOutcome> placeHold(Dossier d, DossierCommand.PlaceLegalHold c, Context ctx) {
        if (d.legalHold().isPresent()) {
            return refuse(problem("dossier.hold.already-placed",
                    "Dossier " + d.id() + " is already under legal hold", d)
                    .with("since", d.legalHold().get().placedAt()));
        }
        if (c.reason().isBlank()) {
            return blank("reason", d.id());
        }
        return done(d, new DossierEvent.LegalHoldPlaced(d.id(), ctx.at(), ctx.actor(), c.reason().strip()));
    }

    private Either<Problem, DossierOutcome> liftHold(Dossier d, DossierCommand.LiftLegalHold c, Context ctx) {
        if (d.legalHold().isEmpty()) {
            return refuse(problem("dossier.hold.not-placed", "Dossier " + d.id() + " is not under legal hold", d));
        }
        if (c.reason().isBlank()) {
            return blank("reason", d.id());
        }
        return done(d, new DossierEvent.LegalHoldLifted(d.id(), ctx.at(), ctx.actor(), c.reason().strip()));
    }

    private Either<Problem, DossierOutcome> dispose(Dossier d, Context ctx) {
        if (d.status() != DossierStatus.ARCHIVED) {
            return refuse(problem("dossier.dispose.not-archived",
                    "Only an archived dossier can be disposed of; this one is " + d.status(), d)
                    .with("status", d.status()));
        }
        if (d.legalHold().isPresent()) {
            return refuse(problem("dossier.dispose.legal-hold",
                    "Dossier " + d.id() + " is under legal hold: disposal is suspended", d)
                    .with("hold", d.legalHold().get().reason()));
        }
        RetentionOutcome r = d.retention().orElseThrow();
        if (r.isPermanent()) {
            return refuse(problem("dossier.dispose.permanent", "Dossier " + d.id() + " is kept permanently", d));
        }
        LocalDate today = day(ctx.at());
        if (!r.isDisposalDue(today)) {
            return refuse(problem("dossier.dispose.too-early",
                    "Dossier " + d.id() + " may be disposed of from " + r.disposalOn().get(), d)
                    .with("disposalOn", r.disposalOn().get()).with("today", today));
        }
        return done(d, new DossierEvent.Disposed(d.id(), ctx.at(), ctx.actor(), r.action()));
    }

    // ------------------------------------------------------------- helpers

    private static Either<Problem, DossierOutcome> done(Dossier d, DossierEvent event) {
        return done(d, List.of(event));
    }

    /** The outcome of {@code events}, applied to {@code d} as a replay would apply them. */
    private static Either<Problem, DossierOutcome> done(Dossier d, List<DossierEvent> events) {
        Dossier next = d;
        for (DossierEvent e : events) {
            next = result(DossierHistory.evolve(next, e));
        }
        return Either.right(new DossierOutcome(next, events));
    }

    /** The dossier, from the fold of an event this class made: a misfit is a bug here, not a refusal. */
    private static Dossier result(Either<Problem, Dossier> folded) {
        return folded.getOrElseThrow(p -> new IllegalStateException("A decision made an event that does not fit: " + p));
    }

    private static <T> Either<Problem, T> outOfRange(Context ctx) {
        return Either.left(Limits.checkInstant("decision time", ctx.at()).orElseThrow());
    }

    private static <T> Either<Problem, T> refuse(Problem p) {
        return Either.left(p);
    }

    private static <T> Either<Problem, T> blank(String field, DossierId id) {
        return Either.left(Problem.of("dossier.input.blank", "The " + field + " must not be blank")
                .with("field", field).with("dossier", id));
    }

    private static Problem problem(String code, String message, Dossier d) {
        return Problem.of(code, message).with("dossier", d.id());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DossierRules other && plan.equals(other.plan) && policy.equals(other.policy);
    }

    @Override
    public int hashCode() {
        return 31 * plan.hashCode() + policy.hashCode();
    }

    @Override
    public String toString() {
        return "DossierRules[" + plan + ", " + policy + "]";
    }
}
