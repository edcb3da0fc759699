/**
 * JSON in and out: records in interchange format v1, and results as one-line JSON objects.
 */
package org.strategycheck.json;
