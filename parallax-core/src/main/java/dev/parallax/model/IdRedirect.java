package dev.parallax.model;

/**
 * Where the id of a stored corpus record went when a later run merged it into another record or
 * gave its record another id: a line of an export's {@code redirects.jsonl}, and what the API
 * follows with a 301.
 *
 * @param oldId the id no record carries any more
 * @param newId the id of the record that holds most of the old record's mentions now
 * @param kind {@code entity} or {@code event}
 */
public record IdRedirect(String oldId, String newId, String kind) {}
