/**
 * How the batch audit works inside: reading inputs, the ordered worker pool, resuming, the
 * folder's lock and settings, and the statistics behind the published figures (score intervals
 * for rates and their differences, agreement between raters, the allocation of dip samples).
 * Not an API: anything here may change in any release; public types of
 * {@code org.strategycheck.audit} expose the results.
 */
package org.strategycheck.audit.internal;
