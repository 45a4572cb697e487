/** A host application that uses every published ASO module through its public API only. */
module org.aso.hostcheck {
    requires org.aso.core;
    requires org.aso.calendar;
    requires org.aso.mail;
    requires org.aso.docs;
    requires org.aso.store;

    exports org.aso.hostcheck;
}
