/** Runnable examples of a host application using the ASO toolkit. */
module org.aso.examples {
    requires org.aso.core;
    requires org.aso.calendar;
    requires org.aso.mail;
    requires org.aso.docs;

    exports org.aso.examples;
}
