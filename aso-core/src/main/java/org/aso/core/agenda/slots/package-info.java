/**
 * Slot finding: when can these people meet, in which room, with which equipment; or, when nothing
 * fits, what blocks and what to change. The entry point is {@link org.aso.core.agenda.slots.SlotFinder}.
 */
@AsoStyle
package org.aso.core.agenda.slots;

import org.aso.core.internal.AsoStyle;
