package dev.parallax.actors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.parallax.model.EntityType;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity of an actor across a corpus: mentions with equal keys are the same actor. A key is
 * one of three kinds: a knowledge-base entry ({@link Kb}), a body named after its country that the
 * knowledge base does not know ({@link NationalBody}), or a name nothing resolved ({@link Name}).
 *
 * <p>{@link #wire()} is the key's one string form, written wherever a key is serialised or hashed
 * (JSON, the store, ids derived from keys); {@link #parse(String)} reads it back and is meant only
 * for that boundary. The string forms are {@code kb:country:RUS}, {@code kb:person:vjosa osmani},
 * {@code kb:org:<id>}, {@code org:<alpha3>:<name key>} and {@code name:<TYPE>:<normalised name>}.
 *
 * <p>A key's {@link Object#hashCode()} is its string form's, so hashed collections of keys iterate
 * in the order they did over the strings: which of two unresolved names becomes an entity's root,
 * and so the entity's id, depends on that order in {@link NameMerger}. It is computed from the
 * parts, without making the string ({@code hashOf}). Immutable.
 */
public sealed interface ActorKey {

  /** What a knowledge-base key names. */
  enum Kind {
    COUNTRY("country"),
    PERSON("person"),
    ORGANIZATION("org");

    private final String wire;

    /** The hash of the string form of this kind's keys up to the id: {@code kb:country:}. */
    private final int prefixHash;

    Kind(String wire) {
      this.wire = wire;
      this.prefixHash = ("kb:" + wire + ":").hashCode();
    }

    static Kind ofWire(String wire) {
      for (Kind k : values()) {
        if (k.wire.equals(wire)) {
          return k;
        }
      }
      throw new IllegalArgumentException("not a knowledge-base kind: " + wire);
    }
  }

  /**
   * A knowledge-base entry.
   *
   * @param kind what the entry is
   * @param id alpha-3 code of a country, {@link SurfaceForm#key} of a person's name, id of an
   *     organisation
   */
  record Kb(Kind kind, String id) implements ActorKey {
    public Kb {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String wire() {
      return "kb:" + kind.wire + ":" + id;
    }

    @Override
    public int hashCode() {
      return hashOf(kind.prefixHash, id);
    }
  }

  /**
   * A body named after its country that the knowledge base does not know ("Moldovan Foreign
   * Ministry").
   *
   * @param alpha3 alpha-3 code of the country
   * @param name {@link SurfaceForm#key} of the name without the country ("foreign ministry")
   */
  record NationalBody(String alpha3, String name) implements ActorKey {
    public NationalBody {
      if (alpha3 == null
          || alpha3.length() != 3
          || !alpha3.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        throw new IllegalArgumentException("alpha3 must be three capital letters: " + alpha3);
      }
      Objects.requireNonNull(name, "name");
    }

    private static final int PREFIX_HASH = "org:".hashCode();

    @Override
    public String wire() {
      return "org:" + alpha3 + ":" + name;
    }

    @Override
    public int hashCode() {
      return hashOf(hashOf(hashOf(PREFIX_HASH, alpha3), ":"), name);
    }
  }

  /**
   * A name nothing resolved, keyed by its type and normalised spelling.
   *
   * @param type the type the name was found as
   * @param name the normalised name: transliteration-folded for a person, else {@link
   *     SurfaceForm#key}
   */
  record Name(EntityType type, String name) implements ActorKey {
    public Name {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
    }

    private static final int PREFIX_HASH = "name:".hashCode();

    @Override
    public String wire() {
      return "name:" + type.name() + ":" + name;
    }

    @Override
    public int hashCode() {
      return hashOf(hashOf(hashOf(PREFIX_HASH, type.name()), ":"), name);
    }
  }

  static Kb country(String alpha3) {
    return new Kb(Kind.COUNTRY, alpha3);
  }

  static Kb person(String id) {
    return new Kb(Kind.PERSON, id);
  }

  static Kb organization(String id) {
    return new Kb(Kind.ORGANIZATION, id);
  }

  /** The key's string form, exactly as serialised and hashed. */
  @JsonValue
  String wire();

  /** Whether the key is a knowledge-base entry's. */
  default boolean isKnowledgeBase() {
    return this instanceof Kb;
  }

  /** The knowledge-base id when this is a knowledge-base key of {@code kind}, else empty. */
  default Optional<String> kbId(Kind kind) {
    return this instanceof Kb k && k.kind() == kind ? Optional.of(k.id()) : Optional.empty();
  }

  /**
   * Reads a key's string form back, for stored results only; one instance of each key read is kept
   * and handed out again ({@link ActorKeyParser}).
   *
   * @throws IllegalArgumentException when {@code wire} is no actor key
   */
  @JsonCreator
  static ActorKey parse(String wire) {
    return ActorKeyParser.parse(wire);
  }

  /** {@code String.hashCode} of a string whose hash is {@code head}, followed by {@code tail}. */
  private static int hashOf(int head, String tail) {
    int h = head;
    for (int i = 0; i < tail.length(); i++) {
      h *= 31;
    }
    return h + tail.hashCode();
  }
}
