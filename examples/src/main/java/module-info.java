/** Runnable examples of a host application using the ASO toolkit. */
module org.aso.examples {
    // tag::module-info[]
    requires org.aso.core;          // brings io.vavr (Either is in the API)
    requires org.aso.calendar;      // each adapter only if you use it
    requires org.aso.mail;
    requires org.aso.docs;
    requires org.aso.store;         // brings tools.jackson.databind and java.sql
    // end::module-info[]
    requires com.h2database;        // the embedded database of the examples (your choice of driver)
    requires java.logging;          // the demo, a host, quiets the PDF renderer's INFO lines

    exports org.aso.examples;
}
