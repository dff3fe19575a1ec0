/**
 * Persistence of analysed corpora: {@link dev.parallax.store.RelationalStore}, an embedded SQLite
 * file or a PostgreSQL database ({@link dev.parallax.store.StoreLocation}) reached through one
 * plain JDBC code path, holds each accepted article with what the per-article stages extracted from
 * it (actor mentions, events, quotes) and the state of the story index, so that a later {@code
 * parallax analyze --store STORE} analyses only new articles and assigns them to the stored
 * stories, and the corpus records of the last run in relational tables that answer queries (schema
 * version 2, built by numbered migrations). Consumes and produces the records of {@code
 * dev.parallax.model} and the per-article records of the core stages, the latter stored as the JSON
 * of {@link dev.parallax.model.Jsonl}.
 */
package dev.parallax.store;
