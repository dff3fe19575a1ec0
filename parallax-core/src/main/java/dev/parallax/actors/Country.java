package dev.parallax.actors;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory.
 *
 * @param alpha2 ISO 3166-1 alpha-2 code (Kosovo: XK)
 * @param alpha3 ISO 3166-1 alpha-3 code (Kosovo: XKX)
 * @param code CAMEO country code: alpha3 unless CAMEO differs (KSV, ROM, TMP)
 * @param name common English short name
 * @param officialName official English name
 * @param aliases other names and short forms
 * @param demonyms adjectives and people nouns, singular and plural
 * @param capitals capital city and its spellings
 */
public record Country(
    String alpha2,
    String alpha3,
    String code,
    String name,
    String officialName,
    List<String> aliases,
    List<String> demonyms,
    List<String> capitals)
    implements KbEntry {

  public Country {
    if (alpha2 == null || !alpha2.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("alpha2 must be two capital letters: " + alpha2);
    }
    if (alpha3 == null || !alpha3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("alpha3 must be three capital letters: " + alpha3);
    }
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("code must be three capital letters: " + code);
    }
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("country " + alpha3 + " has no name");
    }
    officialName = Objects.requireNonNullElse(officialName, "");
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
  }

  @Override
  public String label() {
    return name;
  }

  @Override
  public String actorCode() {
    return code;
  }
}
