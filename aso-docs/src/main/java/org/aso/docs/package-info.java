/**
 * The documents adapter. {@link org.aso.docs.Html} renders core values as escaped HTML fragments.
 */
package org.aso.docs;
