package dev.parallax.actors;

import java.util.Locale;
import java.util.Objects;

/**
 * A place or building that stands for an actor: "the Kremlin" for Russia's government, "Brussels"
 * for the EU.
 *
 * @param surface the name as written
 * @param target country code or organisation id
 * @param role CAMEO role appended to a country target (GOV, MIL), or empty
 * @param kind what sort of place it is
 * @param actorCode the resolved CAMEO actor code (RUSGOV, IGOEUREEC); empty until the knowledge
 *     base resolves the target
 * @param note why, or what else the name can stand for
 */
public record Metonym(
    String surface, String target, String role, Kind kind, String actorCode, String note)
    implements KbEntry {

  /** What sort of place the name is. */
  public enum Kind {
    /** A capital standing for its country's government. */
    CAPITAL,
    /** A seat of power: a palace, ministry building or street. */
    SEAT,
    /** A city standing for an organisation seated there. */
    CITY;

    static Kind parse(String s) {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
  }

  public Metonym {
    if (surface == null || SurfaceForm.key(surface).isEmpty()) {
      throw new IllegalArgumentException("metonym without surface");
    }
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException("metonym " + surface + " has no target");
    }
    role = Objects.requireNonNullElse(role, "");
    Objects.requireNonNull(kind, "kind");
    actorCode = Objects.requireNonNullElse(actorCode, "");
    note = Objects.requireNonNullElse(note, "");
  }

  Metonym withActorCode(String code) {
    return new Metonym(surface, target, role, kind, code, note);
  }

  @Override
  public String label() {
    return surface;
  }
}
