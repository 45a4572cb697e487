package org.aso.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * {@link AsoStyle} for values made only by their own factories ({@code Interval.of(...)}): the same
 * settings, without a builder. Put it on the type next to a bare {@code @Value.Immutable}; a style on
 * a type replaces the package's style as a whole, so the settings below repeat {@code AsoStyle}'s and
 * change with them.
 *
 * <p>It replaces {@code @Value.Immutable(builder = false)}: an annotation element written on a
 * published type stays in its class file, and a host compiling without Immutables on its path gets a
 * "Cannot find annotation method 'builder()'" warning for every such type it reads.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        strictBuilder = true,
        jdkOnly = true,
        allowedClasspathAnnotations = Override.class,
        depluralize = true,
        defaults = @Value.Immutable(copy = true, builder = false))
public @interface FactoryStyle {}
