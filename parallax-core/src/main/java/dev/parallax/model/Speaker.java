package dev.parallax.model;

/**
 * Who said something.
 *
 * @param entity entity id, or null when unresolved
 * @param name the name as best resolved, or null when unknown
 */
public record Speaker(String entity, String name) {}
