/**
 * The ASO toolkit's core: an immutable domain model and pure services for the work of an
 * administrative section. Core reads no clock, does no logging and depends on no adapter library.
 */
module org.aso.core {
    requires static org.immutables.value.annotations;
    requires transitive io.vavr;

    exports org.aso.core.kernel;
    exports org.aso.core.numbering;
    exports org.aso.core.dossier;
    exports org.aso.core.correspondence;
    exports org.aso.core.agenda;
    exports org.aso.core.agenda.recurrence;
    exports org.aso.core.agenda.slots;
    exports org.aso.core.priority;
    exports org.aso.core.audit;
    exports org.aso.core.disruption;
}
