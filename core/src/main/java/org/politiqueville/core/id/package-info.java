/**
 * Official identifiers and time values, each an immutable value type that cannot hold an invalid
 * value: {@link org.politiqueville.core.id.InseeCode}, {@link org.politiqueville.core.id.QpvCode},
 * {@link org.politiqueville.core.id.Siren}, {@link org.politiqueville.core.id.Siret},
 * {@link org.politiqueville.core.id.RnaNumber}, {@link org.politiqueville.core.id.ReducedDate} and
 * {@link org.politiqueville.core.id.Period}.
 *
 * <p>Each has a {@code parse} factory whose only exception for bad input is
 * {@link org.politiqueville.core.validation.InvalidValueException}, and a {@code toString()} that
 * {@code parse} reads back. Bean Validation users who keep raw strings can use the matching
 * constraints in {@link org.politiqueville.core.id.constraints}.
 */
package org.politiqueville.core.id;
