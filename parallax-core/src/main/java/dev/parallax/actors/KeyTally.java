package dev.parallax.actors;

import dev.parallax.model.EntityType;
import java.util.List;
import java.util.Map;

/**
 * The mentions of one actor key summed up as {@link EntityLinker} reads them ({@link KeyTallies}).
 *
 * @param type the first mention's type
 * @param name the first mention's canonical name
 * @param names how many mentions naming the actor (neither pronouns nor descriptions) gave each
 *     canonical name
 * @param surfaces the text of each mention naming the actor, in the order first seen
 * @param aliases the text of each mention but pronouns, stripped, in the order first seen
 * @param actors how many mentions gave each CAMEO actor code
 * @param mentions how many mentions the key has
 */
public record KeyTally(
    EntityType type,
    String name,
    Map<String, Integer> names,
    List<String> surfaces,
    List<String> aliases,
    Map<String, Integer> actors,
    int mentions) {
  public KeyTally {
    names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
    surfaces = List.copyOf(surfaces);
    aliases = List.copyOf(aliases);
    actors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(actors));
  }
}
