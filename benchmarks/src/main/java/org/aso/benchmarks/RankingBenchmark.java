package org.aso.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aso.core.correspondence.EntryId;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.FrenchHolidays;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.TimeRange;
import org.aso.core.kernel.WorkingWeek;
import org.aso.core.priority.Importance;
import org.aso.core.priority.Sensitivity;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.aso.core.priority.TaskSource;
import org.aso.core.priority.TaskStatus;
import org.aso.core.priority.Triage;
import org.aso.core.priority.Urgency;
import org.aso.core.priority.UrgencyPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking 100,000 tasks of a directorate (score with its breakdown for every open task, then
 * sort) on a Paris office calendar with French holidays. The tasks: the three French grades
 * (60 % normal, 30 % urgent, 10 % very urgent); due dates from 30 days ago to 60 days ahead, a
 * fifth with no due date (the grade's limit applies); 40 % from letters, 30 % from dossiers;
 * 5 % from a member of parliament or a court; efforts of 0-8 hours; 10 % done or cancelled,
 * 10 % waiting, 5 % blocked; one task in ten depends on an earlier one. A fixed 2 GB heap: a
 * ranking allocates about 220 MB (a breakdown of ten lines per task).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RankingBenchmark {
    static final int TASKS = 100_000;
    static final Instant AT = Instant.parse("2024-05-07T07:00:00Z");

    Triage triage;
    List<Task> tasks;

    @Setup(Level.Trial)
    public void setUp() {
        BusinessCalendar paris = BusinessCalendar.of(ZoneId.of("Europe/Paris"),
                WorkingWeek.mondayToFriday(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30")),
                FrenchHolidays.metropolitan());
        triage = Triage.of(UrgencyPolicy.defaults(), paris);
        tasks = tasks(TASKS, new SplittableRandom(42));
    }

    static List<Task> tasks(int n, SplittableRandom random) {
        List<PriorityGrade> grades = PriorityGrade.frenchMailRoom();
        LocalDate today = LocalDate.of(2024, 5, 7);
        List<Task> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int g = random.nextInt(10);
            PriorityGrade grade = grades.get(g < 6 ? 0 : g < 9 ? 1 : 2);
            int s = random.nextInt(10);
            TaskSource source = s < 4 ? TaskSource.letter(EntryId.of("A-2024-" + i))
                    : s < 7 ? TaskSource.dossier(DossierId.of("D-" + (i % 5000))) : TaskSource.none();
            if (random.nextInt(20) == 0) {
                source = source.withSensitivities(List.of(random.nextBoolean() ? Sensitivity.parliament() : Sensitivity.court()));
            }
            int st = random.nextInt(20);
            TaskStatus status = st < 2 ? (st == 0 ? TaskStatus.DONE : TaskStatus.CANCELLED)
                    : st < 4 ? TaskStatus.WAITING : st == 4 ? TaskStatus.BLOCKED
                    : st < 8 ? TaskStatus.IN_PROGRESS : TaskStatus.TO_DO;
            Task.Builder b = Task.builder();
            b.id(TaskId.of("t-" + i))
                    .title("Task " + i)
                    .source(source)
                    .assignee(PersonId.of("p-" + random.nextInt(200)))
                    .unit(OrgUnitId.of("S" + random.nextInt(20)))
                    .grade(grade)
                    .importance(Importance.values()[random.nextInt(3)])
                    .effort(Duration.ofMinutes(30L * random.nextInt(17)))
                    .status(status)
                    .createdAt(AT.minus(Duration.ofHours(1 + random.nextInt(24 * 120))));
            if (random.nextInt(5) != 0) {
                b.dueDate(today.plusDays(random.nextInt(91) - 30));
            }
            if (i > 0 && random.nextInt(10) == 0) {
                b.addDependency(TaskId.of("t-" + random.nextInt(i)));
            }
            out.add(b.build());
        }
        return List.copyOf(out);
    }

    /** Score every open task with its breakdown and sort them, most urgent first. */
    @Benchmark
    public List<Urgency> rank100k() {
        return triage.rank(tasks, AT).get();
    }
}
