package org.aso.core.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;

/**
 * The invariants that the decisions keep on a dossier beyond what a {@link Dossier} value checks
 * on construction, for {@link DossierBook#restore}: its dates lie within its life and in order,
 * its volumes count what is filed in them, and nothing disposed of is under legal hold.
 */
final class DossierChecks {
    private DossierChecks() {}

    /** Every invariant {@code d} breaks, as problems naming it. */
    static List<Problem> of(Dossier d) {
        List<Problem> problems = new ArrayList<>();
        Limits.checkInstant("opening of the dossier", d.openedAt()).ifPresent(p -> problems.add(p.with("dossier", d.id())));
        Limits.checkInstant("last change of the dossier", d.lastChangedAt())
                .ifPresent(p -> problems.add(p.with("dossier", d.id())));
        time(d).ifPresent(field -> problems.add(Problem.of("dossier.restore.time-inconsistent",
                        "Dossier " + d.id() + ": the " + field + " are not within its life, in order")
                .with("dossier", d.id()).with("field", field)));
        volumes(d).ifPresent(volume -> problems.add(Problem.of("dossier.restore.volume-mismatch",
                        "Dossier " + d.id() + ": volume " + volume + " does not hold what is filed in it")
                .with("dossier", d.id()).with("volume", volume)));
        if (d.status() == DossierStatus.DISPOSED && d.isUnderLegalHold()) {
            problems.add(Problem.of("dossier.restore.disposed-under-hold",
                    "Dossier " + d.id() + " was disposed of under legal hold").with("dossier", d.id()));
        }
        return problems;
    }

    /** The first kind of instant that lies outside the dossier's life or out of order, if any. */
    private static Optional<String> time(Dossier d) {
        // the movement log lies within the life already (Dossier checks it on construction)
        Instant from = d.openedAt();
        Instant to = d.lastChangedAt();
        if (!ordered(from, to, d.volumes().stream().map(Volume::startedAt).toList())) {
            return Optional.of("volumes");
        }
        if (!ordered(from, to, d.items().stream().map(Item::addedAt).toList())) {
            return Optional.of("items");
        }
        if (!ordered(from, to, d.actions().stream().map(ActionItem::addedAt).toList())
                || !ordered(from, to, d.actions().stream().flatMap(a -> a.completedAt().stream())
                        .sorted().toList())) {
            return Optional.of("action items");
        }
        List<Instant> ends = new ArrayList<>();
        d.legalHold().ifPresent(h -> ends.add(h.placedAt()));
        d.closedAt().ifPresent(ends::add);
        d.disposedAt().ifPresent(ends::add);
        if (!ends.stream().allMatch(i -> !i.isBefore(from) && !i.isAfter(to))
                || d.disposedAt().isPresent() && d.closedAt().get().isAfter(d.disposedAt().get())) {
            return Optional.of("closing, legal hold and disposal");
        }
        return Optional.empty();
    }

    /** True if {@code instants} lie within {@code [from, to]} in chronological order. */
    private static boolean ordered(Instant from, Instant to, List<Instant> instants) {
        Instant previous = from;
        for (Instant i : instants) {
            if (i.isBefore(previous) || i.isAfter(to)) {
                return false;
            }
            previous = i;
        }
        return true;
    }

    /** The first volume whose counts are not those of its items, or before an item filed earlier, if any. */
    private static Optional<Integer> volumes(Dossier d) {
        int[] items = new int[d.volumes().size() + 1];
        long[] pages = new long[d.volumes().size() + 1];
        int previous = 1;
        for (Item it : d.items()) {
            if (it.volume() < previous) {
                return Optional.of(it.volume());
            }
            previous = it.volume();
            items[it.volume()]++;
            pages[it.volume()] += it.pages();
        }
        for (Volume v : d.volumes()) {
            if (v.itemCount() != items[v.number()] || v.pageCount() != pages[v.number()]) {
                return Optional.of(v.number());
            }
        }
        return Optional.empty();
    }
}
