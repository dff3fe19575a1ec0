package dev.parallax.actors;

import java.util.List;
import java.util.Objects;

/**
 * An international, non-governmental or national organisation, or a news outlet.
 *
 * @param id short stable key, referred to by metonyms and office holders
 * @param code CAMEO actor code (IGOUNO, IGOWSTNAT, KSVMED)
 * @param name full English name
 * @param aliases acronyms, short forms and spellings
 * @param type IGO, NGO, or a CAMEO role code for national bodies and media (GOV, SPY, MED)
 * @param parent id of the organisation this one belongs to, or empty
 * @param country country code of a national body or outlet, or empty
 * @param codeSource "cameo" when the code is the established one, "ours" when built by analogy
 * @param note free text
 */
public record Organization(
    String id,
    String code,
    String name,
    List<String> aliases,
    String type,
    String parent,
    String country,
    String codeSource,
    String note)
    implements KbEntry {

  public Organization {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("organisation without id");
    }
    if (code == null || !code.matches("[A-Z0-9]{3,}")) {
      throw new IllegalArgumentException("bad CAMEO code for " + id + ": " + code);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("organisation " + id + " has no name");
    }
    aliases = List.copyOf(aliases);
    type = Objects.requireNonNullElse(type, "");
    parent = Objects.requireNonNullElse(parent, "");
    country = Objects.requireNonNullElse(country, "");
    codeSource = Objects.requireNonNullElse(codeSource, "");
    note = Objects.requireNonNullElse(note, "");
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
