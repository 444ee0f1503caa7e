package dev.storylink.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets the annotated element use an API that the build's forbidden-apis check bans (pom.xml,
 * src/build/forbidden-apis.txt), for the reason given. Put it on the smallest scope. An annotation
 * type: no state, thread-safe.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
  /** Why the banned API is the right one here. */
  String reason();
}
