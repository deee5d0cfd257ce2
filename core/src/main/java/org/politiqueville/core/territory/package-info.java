/**
 * Territories: communes, quarters (priority or watch), districts, the agglomeration, and resolving the names people give them.
 */
package org.politiqueville.core.territory;
