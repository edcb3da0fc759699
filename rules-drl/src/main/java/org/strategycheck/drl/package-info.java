/**
 * For rule authors: the global through which a DRL rule reports that it applies or found a
 * gap. Hosts that only check records need nothing from this package.
 */
package org.strategycheck.drl;
