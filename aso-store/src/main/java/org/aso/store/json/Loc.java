package org.aso.store.json;

/**
 * A place in a document being read, as a chain of parents; its JSON Pointer is built only when a
 * problem names it.
 */
final class Loc {
    private static final int LONGEST_SEGMENT = 100;

    private final Loc parent;
    private final String name;
    private final int index;

    private Loc(Loc parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** {@return the root of a document, or of a value at {@code pointer} in a larger one} */
    static Loc root(String pointer) {
        return new Loc(null, pointer, -1);
    }

    /** {@return the place of a field of the object here} */
    Loc field(String field) {
        return new Loc(this, field, -1);
    }

    /** {@return the place of an element of the array here} */
    Loc index(int i) {
        return new Loc(this, null, i);
    }

    /**
     * {@return the JSON Pointer (RFC 6901) of this place; very long names are cut, and control and
     * bidirectional characters in names replaced by U+FFFD}
     */
    String pointer() {
        StringBuilder out = new StringBuilder();
        append(out);
        return out.toString();
    }

    private void append(StringBuilder out) {
        if (parent == null) {
            out.append(name);
            return;
        }
        parent.append(out);
        out.append('/');
        if (name == null) {
            out.append(index);
        } else {
            String n = name.length() > LONGEST_SEGMENT ? name.substring(0, LONGEST_SEGMENT) + "\u2026" : name;
            // a name from the document: no control or bidirectional character reaches a message or a log
            n = n.replaceAll("\\p{Cc}|\\p{Cs}|[\u202A-\u202E\u2066-\u2069]", "\uFFFD");
            out.append(n.replace("~", "~0").replace("/", "~1"));
        }
    }

    @Override
    public String toString() {
        return pointer();
    }
}
