/**
 * How the batch audit works inside: reading inputs, the ordered worker pool, resuming, the
 * folder's lock and settings. Not an API: anything here may change in any release.
 */
package org.strategycheck.audit.internal;
