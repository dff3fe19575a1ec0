/**
 * The full-text search index beside a store: Apache Lucene over the stored articles' titles, bodies
 * and quotes, kept in step with the store through its article change log ({@link
 * dev.parallax.store.search.SearchIndex}).
 */
package dev.parallax.store.search;
