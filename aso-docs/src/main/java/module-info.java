/**
 * Documents for the ASO toolkit: drafting memos, minutes and letters to HTML and PDF, and the
 * archive with its search. For now: safe HTML fragments for core values.
 */
module org.aso.docs {
    requires transitive org.aso.core;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.queryparser;
    requires org.apache.lucene.highlighter;

    exports org.aso.docs;
}
