package dev.parallax.actors;

import dev.parallax.model.EntityType;

/**
 * Reads actor keys back from their string forms ({@link ActorKey#parse}), keeping the keys read: a
 * stored corpus repeats each key in article after article, and is read back whole on each run.
 */
final class ActorKeyParser {
  private static final KeyMemo<ActorKey> KEYS = new KeyMemo<>(ActorKeyParser::read);

  private ActorKeyParser() {}

  /**
   * @throws IllegalArgumentException when {@code wire} is no actor key
   */
  static ActorKey parse(String wire) {
    return KEYS.of(wire);
  }

  private static ActorKey read(String wire) {
    int first = wire.indexOf(':');
    int second = first < 0 ? -1 : wire.indexOf(':', first + 1);
    if (second >= 0) {
      String middle = wire.substring(first + 1, second);
      String rest = wire.substring(second + 1);
      switch (wire.substring(0, first)) {
        case "kb":
          return new ActorKey.Kb(ActorKey.Kind.ofWire(middle), rest);
        case "org":
          return new ActorKey.NationalBody(middle, rest);
        case "name":
          return new ActorKey.Name(entityType(middle, wire), rest);
        default:
          break;
      }
    }
    throw new IllegalArgumentException("not an actor key: " + wire);
  }

  private static EntityType entityType(String type, String wire) {
    try {
      return EntityType.valueOf(type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an actor key (unknown type): " + wire, e);
    }
  }
}
