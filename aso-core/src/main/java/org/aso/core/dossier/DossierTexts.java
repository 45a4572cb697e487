package org.aso.core.dossier;

import java.util.Collection;
import java.util.Optional;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;

/**
 * The {@link Text} rules for the texts of dossier commands: reasons are notes, titles, action item
 * descriptions and document references titles, a note's body a text, a subject a note, tags names,
 * compartments names of at most {@value #MAX_COMPARTMENT} characters, at most
 * {@value #MAX_COMPARTMENTS} of them (the opening's audit entry lists them all).
 */
final class DossierTexts {
    /** The most compartments on one dossier. */
    static final int MAX_COMPARTMENTS = 50;
    /** The longest compartment name. */
    static final int MAX_COMPARTMENT = 100;

    private DossierTexts() {}

    /** The first text of {@code cmd} that breaks the rules, if any. */
    static Optional<Problem> of(DossierCommand cmd, DossierId dossier) {
        Optional<Problem> p;
        if (cmd instanceof DossierCommand.Transfer c) {
            p = check("reason", c.reason(), Text.Kind.NOTE);
        } else if (cmd instanceof DossierCommand.AwaitReply c) {
            p = check("reason", c.reason(), Text.Kind.NOTE);
        } else if (cmd instanceof DossierCommand.Reopen c) {
            p = check("reason", c.reason(), Text.Kind.NOTE);
        } else if (cmd instanceof DossierCommand.PlaceLegalHold c) {
            p = check("reason", c.reason(), Text.Kind.NOTE);
        } else if (cmd instanceof DossierCommand.LiftLegalHold c) {
            p = check("reason", c.reason(), Text.Kind.NOTE);
        } else if (cmd instanceof DossierCommand.AddItem c) {
            p = check("title", c.title(), Text.Kind.TITLE)
                    .or(() -> c.text().flatMap(t -> check("text", t, Text.Kind.TEXT)))
                    .or(() -> c.document().flatMap(d -> check("document", d, Text.Kind.TITLE)));
        } else if (cmd instanceof DossierCommand.AddActionItem c) {
            p = check("description", c.description(), Text.Kind.TITLE);
        } else if (cmd instanceof DossierCommand.AddTag c) {
            p = check("tag", c.tag(), Text.Kind.NAME);
        } else if (cmd instanceof DossierCommand.Retitle c) {
            p = check("title", c.title(), Text.Kind.TITLE).or(() -> check("subject", c.subject(), Text.Kind.NOTE));
        } else {
            p = Optional.empty();
        }
        return p.map(problem -> problem.with("dossier", dossier));
    }

    /** The first text of an opening that breaks the rules, or too many compartments, if any. */
    static Optional<Problem> of(OpenDossier cmd) {
        if (cmd.compartments().size() > MAX_COMPARTMENTS) {
            return Optional.of(Problem.of("dossier.input.too-many",
                            "A dossier has at most " + MAX_COMPARTMENTS + " compartments")
                    .with("field", "compartments").with("count", cmd.compartments().size())
                    .with("max", MAX_COMPARTMENTS).with("dossier", cmd.id()));
        }
        return check("title", cmd.title(), Text.Kind.TITLE)
                .or(() -> check("subject", cmd.subject(), Text.Kind.NOTE))
                .or(() -> all("tag", cmd.tags(), Text.Kind.NAME.maxLength()))
                .or(() -> all("compartment", cmd.compartments(), MAX_COMPARTMENT))
                .map(problem -> problem.with("dossier", cmd.id()));
    }

    private static Optional<Problem> all(String field, Collection<String> texts, int max) {
        for (String t : texts) {
            Optional<Problem> p = Text.check(field, t, Text.Kind.NAME, max).swap().toJavaOptional();
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> check(String field, String text, Text.Kind kind) {
        return Text.check(field, text, kind).swap().toJavaOptional();
    }
}
