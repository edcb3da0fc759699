/**
 * Implementation details shared by the library's modules. Not an API: anything here may
 * change in any release.
 */
package org.strategycheck.internal;
