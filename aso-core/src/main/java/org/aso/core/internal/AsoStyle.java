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
 *
 * <p>The generated builder is package-private ({@code builderVisibility = PACKAGE}); the public
 * builder a host uses ({@code Person.Builder}) extends it, so Javadoc documents the inherited
 * setters as the public builder's own (with a public nested {@code ImmutablePerson.Builder} it listed
 * them as inherited from an undocumented class). Ordinary calls and method handles reach them; core
 * reflection on them needs {@code setAccessible}, as their declaring class is not public.
 *
 * <p>{@code allowedClasspathAnnotations} names only {@link Override}: Immutables would otherwise
 * mark every generated class with the annotations it finds on the compile path, among them its own
 * {@code org.immutables.value.Generated} (class retention), which stays in the published class files
 * and makes a host that compiles with {@code -Xlint:all -Werror} fail, since Immutables is not on
 * the host's path. The {@code host-check} module compiles a host that way.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        strictBuilder = true,
        jdkOnly = true,
        allowedClasspathAnnotations = Override.class,
        depluralize = true,
        defaults = @Value.Immutable(copy = true))
public @interface AsoStyle {}
