package org.aso.docs;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of the search index: one analyzer per language, accents folded after the stop
 * words and before stemming, so that "reunion", "réunion" and "réunions" meet on one term.
 */
final class SearchAnalyzers {
    static final String TITLE_FR = "title_fr";
    static final String TITLE_EN = "title_en";
    static final String BODY_FR = "body_fr";
    static final String BODY_EN = "body_en";
    static final String META = "meta";

    private SearchAnalyzers() {}

    /** {@return true if a document in {@code language} is analysed as French (otherwise as English)} */
    static boolean isFrench(Locale language) {
        return "fr".equals(language.getLanguage());
    }

    /** {@return the analyzer of every full-text field of the index, by field} */
    static Analyzer perField() {
        Analyzer french = french();
        Analyzer english = english();
        return new PerFieldAnalyzerWrapper(plain(), Map.of(TITLE_FR, french, BODY_FR, french, TITLE_EN, english, BODY_EN, english));
    }

    static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, FrenchAnalyzer.getDefaultStopSet());
                s = new ASCIIFoldingFilter(s);
                s = new FrenchLightStemFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, EnglishAnalyzer.getDefaultStopSet());
                s = new ASCIIFoldingFilter(s);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Metadata words (classification codes, tags, ids): split, lower-cased, accents folded, not stemmed. */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
