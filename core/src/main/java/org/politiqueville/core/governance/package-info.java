/**
 * Governance: citizens' councils, the associations' collective, steering committees and other bodies, their composition and memberships, and the legal rules on councils.
 */
package org.politiqueville.core.governance;
