/**
 * Documents for the ASO toolkit: drafting memos, minutes and letters to HTML and PDF, and the
 * archive with its search.
 */
module org.aso.docs {
    requires transitive org.aso.core;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.queryparser;
    requires org.apache.lucene.highlighter;
    requires io.pebbletemplates;
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires org.apache.pdfbox;
    requires org.apache.xmpbox;
    requires java.desktop;
    requires java.xml;

    exports org.aso.docs;
}
