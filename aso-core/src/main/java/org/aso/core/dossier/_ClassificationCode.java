package org.aso.core.dossier;

import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.immutables.value.Value;

/**
 * A code of the filing plan, e.g. {@code "3.2.1"}; created with {@code ClassificationCode.of("3.2.1")}.
 * Codes are opaque: the tree is given by {@link FilingPlanEntry#parent()}, not by the dots.
 */
@Value.Immutable
@IdStyle
abstract class _ClassificationCode extends Identifier {}
