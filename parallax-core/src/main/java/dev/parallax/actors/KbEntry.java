package dev.parallax.actors;

/** One fact of the knowledge base: something a name can refer to. */
public sealed interface KbEntry permits Country, Organization, Metonym, RoleCode, OfficeTerm {
  /** A readable name for the entry. */
  String label();

  /** The CAMEO actor code it stands for (for a role, the role code). */
  String actorCode();
}
