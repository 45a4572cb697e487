package org.aso.examples;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterSettings;
import org.aso.core.correspondence.Registration;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Problems;
import org.aso.core.numbering.ReferenceNumber;
import org.aso.store.Aggregate;
import org.aso.store.EventStore;
import org.aso.store.StoredState;
import org.aso.store.json.AsoJson;
import org.h2.jdbcx.JdbcDataSource;

/** aso-store: the register kept in an embedded H2 database, and the JSON a front end reads. */
public final class StoreExample {
    private StoreExample() {}

    /** What {@link #tour} stored, read back and refused. */
    public record Tour(ReferenceNumber first, ReferenceNumber second, int schemaVersion, long version,
                       int entriesAfterRestart, String json, Entry entryBack, Either<Problem, EntryEvent> refused) {}

    /**
     * The README's tour of the store: the general register kept in an H2 database in {@code dir},
     * two letters registered, the register loaded again as after a restart, and an entry as JSON.
     */
    public static Tour tour(BusinessCalendar paris, Person officer, Clock clock, Path dir) {
        RegisterSettings settings = CorrespondenceExample.general(paris);
        Context ctx = Context.at(clock, officer);
        Registration letter = Registration.builder()
                .direction(Direction.INCOMING).channel(Channel.POST)
                .receivedOn(LocalDate.of(2024, 5, 2)).sender(Contact.named("Mairie de Lyon"))
                .subject("Demande de subvention").grade("urgent").build();
        // tag::store[]
        JdbcDataSource h2 = new JdbcDataSource();          // your pool: HikariCP, PostgreSQL's, ...
        h2.setURL("jdbc:h2:file:" + dir.resolve("aso").toAbsolutePath());
        EventStore store = EventStore.on(h2);
        // the schema's scripts the database lacks, applied (or run them with your Flyway or Liquibase)
        int schema = Problems.orThrow(store.migrate());    // => 1

        // the register as a stream of events: every JVM that opens it shares it
        StoredState<Register> general = Problems.orThrow(store.open("register/GEN", Aggregate.register(settings)));
        Register.Registered r = Problems.orThrow(general.update(reg -> reg.register(letter, ctx)));
        r.entry().number();                                 // => DGA/2024E00001
        Register.Registered r2 = Problems.orThrow(general.update(reg -> reg.register(letter, ctx)));
        r2.entry().number();                                // => DGA/2024E00002
        general.version();                                  // => 2

        // after a restart, or in another JVM: the same register, numbers go on without a gap
        StoredState<Register> again = Problems.orThrow(EventStore.on(h2).open("register/GEN",
                Aggregate.register(settings)));
        again.get().entries().size();                       // => 2

        // the same JSON for your REST API or your messages
        AsoJson json = AsoJson.create();
        String text = json.write(r.entry());                // the entry's JSON: "number":{"text":"DGA/2024E00001",...
        Entry back = Problems.orThrow(json.read(text, Entry.class));   // equal to r.entry()
        Either<Problem, EntryEvent> refused = json.read("{\"type\":\"MailRegistered\"}", EntryEvent.class);
        // => Left(json.field.missing: The field '/schemaVersion' ... is missing {path=/schemaVersion, type=int})
        // end::store[]
        return new Tour(r.entry().number(), r2.entry().number(), schema, general.version(),
                again.get().entries().size(), text, back, refused);
    }
}
