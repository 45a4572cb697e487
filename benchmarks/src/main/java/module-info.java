/** JMH benchmarks of the ASO toolkit (run from the shaded jar on the class path). */
module org.aso.benchmarks {
    requires org.aso.core;
    requires org.aso.calendar;
    requires org.aso.mail;
    requires org.aso.docs;
    requires org.aso.store;
    requires com.h2database;
    requires org.postgresql.jdbc;
    requires jmh.core;
    requires ical4j.core;
    requires java.management;
    requires jdk.management;

    exports org.aso.benchmarks;
}
