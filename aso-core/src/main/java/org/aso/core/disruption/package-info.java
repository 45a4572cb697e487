/**
 * What happens when things go wrong, across the aggregates: the decisions that read several of
 * them and change each through its own decisions and events.
 *
 * <p>A room or a piece of equipment out of service: {@link org.aso.core.disruption.OutOfService}
 * proposes replacements for each meeting and occurrence the agenda's outage hits (the spare item,
 * another room, other times), each with its reason, and applies the host's choices in one
 * decision through the agenda's own decisions, whose events say whom to tell.
 *
 * <p>A person away: an {@link org.aso.core.disruption.Absence} lists what it touches
 * ({@link org.aso.core.disruption.AbsenceImpact}: mail, files, tasks, meetings and escalation
 * notices, each with its state and deadline), and a {@link org.aso.core.disruption.Handover}
 * gives the chosen items to a deputy in one decision, through the register's redirection and the
 * dossiers' transfer, with a {@link org.aso.core.disruption.HandoverNote}.
 *
 * <p>This package reads {@code agenda}, {@code agenda.slots}, {@code correspondence},
 * {@code dossier} and {@code priority}; none of them depends on it. All types are immutable and
 * thread-safe; services are pure functions.
 */
package org.aso.core.disruption;
