/**
 * The audit trail: an append-only record of who did what and when, chained by hashes so that an
 * altered or removed entry is detected.
 */
@AsoStyle
package org.aso.core.audit;

import org.aso.core.internal.AsoStyle;
