package org.aso.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The wrapper style for typed ids: an abstract {@code _DossierId} yields a public final
 * {@code DossierId} with a single {@code of(String)} factory and no builder. Like
 * {@link AsoStyle}, it lets no annotation from the compile path into the generated classes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeAbstract = "_*",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        allParameters = true,
        jdkOnly = true,
        allowedClasspathAnnotations = Override.class,
        defaults = @Value.Immutable(builder = false, copy = false, prehash = true))
public @interface IdStyle {}
