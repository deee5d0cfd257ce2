/**
 * Bean Validation constraints for users who keep identifiers as raw strings in their own classes
 * ({@code @QpvCodeFormat String code}). Each applies exactly the rules of the matching value type's
 * {@code parse}. Messages come from the {@code ContributorValidationMessages} bundle (French and
 * English), which Hibernate Validator merges with the application's own {@code ValidationMessages}.
 */
package org.politiqueville.core.id.constraints;
