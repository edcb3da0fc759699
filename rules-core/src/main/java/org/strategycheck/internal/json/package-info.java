/**
 * The Jackson configuration and the translation of Jackson's failures into record errors.
 * Not an API.
 */
package org.strategycheck.internal.json;
