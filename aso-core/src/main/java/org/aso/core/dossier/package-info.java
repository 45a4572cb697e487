/**
 * The case file (dossier): reference number, filing-plan classification with its retention rule,
 * owner unit and current holder with the movement log, lifecycle, items, deadlines and volumes.
 *
 * <p>The common path:
 * <pre>{@code
 * FilingPlan plan = FilingPlan.of(entries).get();                // every problem at once, or the plan
 * DossierRules rules = DossierRules.of(plan, DossierPolicy.of(parisCalendar));
 * SharedState<DossierBook> book = SharedState.of(DossierBook.empty(rules));
 * book.update(b -> b.open(openCommand, ctx));
 * book.update(b -> b.decide(id, DossierCommand.Transfer.of(head, "for signature"), ctx)); // Left(Problem) if refused
 * book.get().heldTooLong(instant);                               // files held past 7 working days
 * }</pre>
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li>Every decision is a pure function {@link org.aso.core.dossier.DossierRules#decide
 *       (dossier, command, context)} returning {@code Either<Problem, DossierOutcome>}: the new
 *       dossier and its {@link org.aso.core.dossier.DossierEvent events}. A refusal carries a
 *       stable code naming the rule ({@code dossier.close.open-actions},
 *       {@code dossier.archive.not-closed}, {@code dossier.closed.read-only}, ...). The rules
 *       dispatch over the sealed {@link org.aso.core.dossier.DossierCommand} with its
 *       {@link org.aso.core.dossier.DossierCommand.Visitor visitor}, so a command without a
 *       decision does not compile.
 *   <li>The aggregate is the {@link org.aso.core.dossier.DossierBook} (the state and its
 *       queries), decided by {@code DossierRules}, explained by one sealed
 *       {@link org.aso.core.dossier.DossierEvent} family. Every decision computes the new dossier
 *       by applying the events it emits, as {@link org.aso.core.dossier.DossierBook#replay} does
 *       with stored ones, so the two cannot differ;
 *       {@link org.aso.core.dossier.DossierBook#restore} rebuilds a book from a
 *       {@link org.aso.core.dossier.DossierBookSnapshot} and checks the invariants the decisions
 *       keep.
 *   <li>The lifecycle is one {@link org.aso.core.dossier.DossierStatus} on one
 *       {@link org.aso.core.dossier.Dossier} value rather than a type per state: all states carry
 *       the same data, commands arrive from hosts at run time (so a command that a state does not
 *       allow must be refused with a {@code Problem} anyway, not rejected by the compiler), and
 *       the allowed transitions are then written once, in {@code DossierRules}. Commands and
 *       events, which do differ in shape, are sealed types.
 *   <li>Confidentiality: {@link org.aso.core.dossier.DossierView} hides the content from a
 *       reader who is not cleared and keeps the registry data visible;
 *       {@link org.aso.core.dossier.DossierRules#read} refuses instead. Commands that read or edit
 *       the content need clearance; moving, archiving, legal holds and disposal do not, but a file
 *       goes (and is first given) only to someone cleared for it, and what any decision hands back
 *       to its actor is a {@code DossierView} that shows the content only to the cleared
 *       ({@link org.aso.core.dossier.DossierOutcome#view()},
 *       {@link org.aso.core.dossier.DossierBook.Change#dossier()}).
 * </ul>
 *
 * <p>All types are immutable and thread-safe.
 */
@AsoStyle
package org.aso.core.dossier;

import org.aso.core.internal.AsoStyle;
