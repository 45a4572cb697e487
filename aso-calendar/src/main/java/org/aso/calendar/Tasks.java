package org.aso.calendar;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;
import org.aso.core.priority.Importance;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.aso.core.priority.TaskStatus;

/**
 * Tasks as a PUBLISH feed of VTODOs (RFC 5545, 3.6.2), sorted by id. Each has its UID
 * ({@code task-<id>@<uidDomain>}), DTSTAMP, CREATED, SUMMARY, DUE (a DATE for a due day, a UTC
 * date-time for a due time), PRIORITY ({@link #priority}), STATUS and PERCENT-COMPLETE
 * ({@link #status}), the assignee as ORGANIZER (who publishes her tasks; a PUBLISH has no ATTENDEE, RFC 5546 3.4.1), the tags as CATEGORIES, the tasks it waits for
 * as {@code RELATED-TO;RELTYPE=DEPENDS-ON} (RFC 9253), and {@code X-ASO-STATUS},
 * {@code X-ASO-GRADE}, {@code X-ASO-IMPORTANCE} and {@code X-ASO-ABOUT} for a faithful read back.
 */
final class Tasks {
    private Tasks() {}

    static Either<Problem, String> write(Settings s, List<Task> tasks, Instant stamp) {
        List<Task> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(Task::id));
        ContentLines body = new ContentLines(Math.max(512, sorted.size() * 512));
        for (Task t : sorted) {
            Either<Problem, Person> assignee = MeetingWriter.person(s, t.assignee());
            if (assignee.isLeft()) {
                return Either.left(assignee.getLeft());
            }
            body.begin("VTODO");
            body.textLine("UID", uid(s, t.id()));
            body.name("DTSTAMP").utc(stamp);
            body.name("CREATED").utc(t.createdAt());
            body.textLine("SUMMARY", t.title());
            if (t.dueAt().isPresent()) {
                body.name("DUE").utc(t.dueAt().get());
            } else if (t.dueDate().isPresent()) {
                body.name("DUE").paramRaw("VALUE", "DATE").date(t.dueDate().get());
            }
            body.name("PRIORITY").value(priority(t));
            body.name("STATUS").value(status(t.status()));
            if (t.status() == TaskStatus.DONE) {
                body.name("PERCENT-COMPLETE").value(100);
            } else if (t.status() == TaskStatus.TO_DO || t.status() == TaskStatus.BLOCKED) {
                body.name("PERCENT-COMPLETE").value(0);
            }
            Person p = assignee.get();
            body.name("ORGANIZER").param("CN", p.name()).value("mailto:" + p.email().get().toAscii());
            if (!t.tags().isEmpty()) {
                StringBuilder b = new StringBuilder();
                t.tags().stream().sorted().forEach(tag -> {
                    if (b.length() > 0) {
                        b.append(',');
                    }
                    ContentLines.escapeText(b, tag);
                });
                body.name("CATEGORIES").valueStart().append(b);
                body.endLine();
            }
            t.dependencies().stream().sorted().forEach(d ->
                    body.name("RELATED-TO").paramRaw("RELTYPE", "DEPENDS-ON").text(uid(s, d)));
            body.name("X-ASO-STATUS").value(t.status().name());
            body.name("X-ASO-GRADE").text(t.grade().code());
            body.name("X-ASO-IMPORTANCE").value(t.importance().name());
            t.source().ref().ifPresent(r -> body.textLine("X-ASO-ABOUT", about(r)));
            body.end("VTODO");
        }
        return Either.right(Messages.calendar(Ics.Method.PUBLISH, Messages.zones(), body, null));
    }

    /** {@return a task's UID: {@code task-}, its id, {@code @}, the UID domain} */
    static String uid(Settings s, TaskId id) {
        return "task-" + id.value() + "@" + s.uidDomain();
    }

    static String about(Ref r) {
        return r.kind().name() + ":" + r.id();
    }

    /**
     * The PRIORITY (1 highest, 9 lowest; Outlook reads 1-4 as high, 5 as normal, 6-9 as low) from
     * the task's importance and the urgency band of its grade: rank 1 or less (normal, routine),
     * rank 2 (urgent, priority), rank 3 or more (very urgent, immediate, top priority).
     *
     * <table>
     *   <caption>PRIORITY by importance and grade band</caption>
     *   <tr><th>importance</th><th>rank &le; 1</th><th>rank 2</th><th>rank &ge; 3</th></tr>
     *   <tr><td>HIGH</td><td>3</td><td>2</td><td>1</td></tr>
     *   <tr><td>NORMAL</td><td>5</td><td>4</td><td>3</td></tr>
     *   <tr><td>LOW</td><td>9</td><td>7</td><td>5</td></tr>
     * </table>
     */
    static int priority(Task t) {
        int band = Math.max(0, Math.min(2, t.grade().rank() - 1));
        Importance i = t.importance();
        return switch (i) {
            case HIGH -> 3 - band;
            case NORMAL -> 5 - band;
            case LOW -> 9 - 2 * band;
        };
    }

    /** The VTODO STATUS of a task status: waiting for someone counts as in process, blocked as not started. */
    static String status(TaskStatus status) {
        return switch (status) {
            case TO_DO, BLOCKED -> "NEEDS-ACTION";
            case IN_PROGRESS, WAITING -> "IN-PROCESS";
            case DONE -> "COMPLETED";
            case CANCELLED -> "CANCELLED";
        };
    }
}
