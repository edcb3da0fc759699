/**
 * The audit's machinery, not part of the API: the statistics behind the published figures
 * (score intervals for rates and their differences, agreement between raters) and the drawing
 * of dip samples. Public types of {@code org.strategycheck.audit} expose the results.
 */
package org.strategycheck.audit.internal;
