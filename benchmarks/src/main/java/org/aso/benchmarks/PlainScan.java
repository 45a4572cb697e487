package org.aso.benchmarks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * Search without an index, as a host could write it: every stored text (lower-cased and without
 * accents, prepared once, not timed) scanned for every query word; the reader's level and the
 * filters checked first; ranked by how often the words occur; the first ten with a snippet.
 * It matches substrings ("meeting" in "meetings") and does no stemming.
 */
final class PlainScan {
    record Found(String id, int count, String snippet) {}

    record Answer(int total, List<Found> top) {}

    private final List<ArchiveFeed.Doc> docs;
    private final String[] folded;

    PlainScan(List<ArchiveFeed.Doc> docs) {
        this.docs = docs;
        this.folded = docs.stream().map(d -> fold(d.metadata().title() + "\n" + d.text())).toArray(String[]::new);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    Answer search(ArchiveFeed.Ask ask, int top) {
        String[] words = ask.phrase() ? new String[] {fold(ask.text())} : fold(ask.text()).split("\\s+");
        long from = ask.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
        long to = ask.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
        PriorityQueue<int[]> best = new PriorityQueue<>(Comparator.<int[]>comparingInt(a -> a[1]).thenComparingInt(a -> -a[0]));
        int total = 0;
        for (int i = 0; i < docs.size(); i++) {
            var m = docs.get(i).metadata();
            if (!m.confidentiality().isAtMost(ask.reader()) || ask.kind().map(k -> k != m.kind()).orElse(false)) {
                continue;
            }
            long day = m.documentDate().toEpochDay();
            if (day < from || day > to) {
                continue;
            }
            int count = 0;
            for (String w : words) {
                int c = occurrences(folded[i], w);
                if (c == 0) {
                    count = 0;
                    break;
                }
                count += c;
            }
            if (count > 0) {
                total++;
                best.add(new int[] {i, count});
                if (best.size() > top) {
                    best.poll();
                }
            }
        }
        List<int[]> ranked = new ArrayList<>(best);
        ranked.sort(Comparator.<int[]>comparingInt(a -> -a[1]).thenComparingInt(a -> a[0]));
        List<Found> found = new ArrayList<>();
        for (int[] r : ranked) {
            found.add(new Found(docs.get(r[0]).id(), r[1], snippet(r[0], words[0])));
        }
        return new Answer(total, found);
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    /** Sixty characters either side of the first occurrence, HTML-escaped, the word in {@code <mark>}. */
    private String snippet(int doc, String word) {
        String text = docs.get(doc).text();
        int at = folded[doc].indexOf(word) - (docs.get(doc).metadata().title().length() + 1);
        if (at < 0 || at + word.length() > text.length()) {
            return escape(text.substring(0, Math.min(120, text.length())));
        }
        int start = Math.max(0, at - 60);
        int end = Math.min(text.length(), at + word.length() + 60);
        return escape(text.substring(start, at)) + "<mark>" + escape(text.substring(at, at + word.length())) + "</mark>"
                + escape(text.substring(at + word.length(), end));
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static long[] sorted(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return copy;
    }
}
