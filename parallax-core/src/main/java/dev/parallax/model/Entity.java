package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world actor across the whole run: one line of {@code entities.jsonl}.
 *
 * @param actor CAMEO actor code ({@code RUSGOV}, {@code KSV}), or null
 * @param aliases every surface form seen
 * @param mentions every place the actor is named or referred to (a grown store's entity holds its
 *     stored mentions as a {@link GrownList}, made when first read)
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    String actor,
    List<String> aliases,
    List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    mentions = LazyList.orCopy(mentions);
  }
}
