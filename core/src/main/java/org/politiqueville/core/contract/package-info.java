/**
 * The city contract that holds a whole territory's data, and its validation as a whole.
 */
package org.politiqueville.core.contract;
