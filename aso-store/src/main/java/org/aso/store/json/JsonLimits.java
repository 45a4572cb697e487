package org.aso.store.json;

/**
 * What {@link AsoJson} reads at most; a document beyond a limit is refused with a {@code Problem}
 * ({@code json.limit.*}) before it is built, so that hostile input costs bounded time and memory.
 *
 * @param maxDocumentLength the longest document, in characters (or bytes when read as bytes)
 * @param maxDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxElements the most array elements and object fields in one document, counted together
 */
public record JsonLimits(long maxDocumentLength, int maxDepth, int maxStringLength, int maxNumberLength,
                         long maxElements) {

    /**
     * The defaults: 1 GiB (a register snapshot of a million entries, about 700 characters each, fits),
     * 64 levels, 1 Mi characters per string, 40 characters per number, 50 million elements.
     */
    public static final JsonLimits DEFAULT = new JsonLimits(1L << 30, 64, 1 << 20, 40, 50_000_000L);

    /**
     * Checks the limits.
     *
     * @param maxDocumentLength the longest document, in characters (or bytes when read as bytes)
     * @param maxDepth the deepest nesting of arrays and objects
     * @param maxStringLength the longest string value, in characters
     * @param maxNumberLength the longest number, in characters
     * @param maxElements the most array elements and object fields in one document, counted together
     * @throws IllegalArgumentException if a limit is not positive
     */
    public JsonLimits {
        if (maxDocumentLength <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0
                || maxElements <= 0) {
            throw new IllegalArgumentException("JSON limits must be positive");
        }
    }
}
