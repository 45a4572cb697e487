package org.aso.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style for aso values: generated classes stay package-private, builders are
 * strict and reached through the abstract type ({@code Person.builder()}), accessors have no
 * {@code get} prefix, and only JDK collections are used.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        overshadowImplementation = true,
        strictBuilder = true,
        jdkOnly = true,
        depluralize = true,
        defaults = @Value.Immutable(copy = true))
public @interface AsoStyle {}
