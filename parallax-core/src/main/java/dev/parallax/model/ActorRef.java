package dev.parallax.model;

/**
 * The source or target of an event.
 *
 * @param entity entity id, or null when the actor is known only by its code
 * @param actor CAMEO actor code, or null
 */
public record ActorRef(String entity, String actor) {}
