/**
 * Documents for the ASO toolkit: drafting memos, minutes and letters to HTML and PDF, and the
 * archive with its search. The archive reads the text of incoming PDFs with Apache PDFBox, which
 * stays inside: the API speaks in aso values, bytes and {@link org.aso.core.kernel.Problem}s.
 */
module org.aso.docs {
    requires transitive org.aso.core;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.queryparser;
    requires org.apache.lucene.highlighter;
    requires org.apache.pdfbox;

    exports org.aso.docs;
}
