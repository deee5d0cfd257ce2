/**
 * Problems and reports: what is wrong with the data, where, and how to say it in French or English.
 *
 * <p>Every problem carries a stable {@link org.politiqueville.core.validation.ProblemCode}, a
 * {@link org.politiqueville.core.validation.Severity}, the path and value concerned and, for data
 * read from files, a {@link org.politiqueville.core.validation.Location}. Bad input to a factory or
 * parser raises {@link org.politiqueville.core.validation.InvalidValueException}, which carries the
 * same code.
 */
package org.politiqueville.core.validation;
