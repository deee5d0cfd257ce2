/**
 * Operational engagements signed under a city contract: pillars, status, progress and its roll-up, milestones.
 */
package org.politiqueville.core.engagement;
