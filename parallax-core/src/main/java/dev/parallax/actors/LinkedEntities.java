package dev.parallax.actors;

import dev.parallax.model.Entity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The entities of a whole run ({@code entities.jsonl}) and the way back from an actor mention to
 * its entity.
 *
 * @param entities every entity, ordered by id
 * @param entityByKey entity id of each mention key ({@link ActorMention#key()})
 */
public record LinkedEntities(List<Entity> entities, Map<ActorKey, String> entityByKey) {
  public LinkedEntities {
    entities = List.copyOf(entities);
    entityByKey = Map.copyOf(entityByKey);
  }

  /** The entity id of a mention of article {@code article}, or empty when it was not linked. */
  public Optional<String> entityOf(String article, ActorMention mention) {
    Objects.requireNonNull(article, "article");
    return Optional.ofNullable(entityByKey.get(mention.key()));
  }

  /** The entity with this id. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
