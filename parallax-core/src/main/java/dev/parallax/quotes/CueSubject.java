package dev.parallax.quotes;

import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.DependencyTree;
import java.util.Set;

/**
 * Finds the token heading the speaker of a cue in a dependency parse, misparses included: the
 * subject or passive agent of the cue or of the verb it depends on, a relative pronoun the parser
 * hung the cue on, the subject of a participle before a loose cue. Stateless.
 */
final class CueSubject {
  /** Relations through which a cue verb shares the subject of its head. */
  private static final Set<String> CLIMB = Set.of("conj", "xcomp", "advcl", "acl", "dep");

  private CueSubject() {}

  /**
   * The token heading the speaker of a cue verb: its subject or passive agent, or those of the verb
   * it is coordinated with or depends on ("..., saying that"); a relative pronoun stands for the
   * noun its clause modifies. -1 when none.
   */
  static int of(DependencyTree tree, int cue) {
    int found = climb(tree, cue);
    return found >= 0 || !tree.relation(cue).equals("dep") ? found : orphanSubject(tree, cue);
  }

  /**
   * The subject before a cue the parser left hanging ("Protesters marching through the streets
   * chanted": "chanted" a loose dependent, "Protesters" the subject of "marching"): the nearest
   * subject before the cue whose own verb stands between them; -1 when none.
   */
  private static int orphanSubject(DependencyTree tree, int cue) {
    for (int i = cue - 1; i >= 0; i--) {
      int head = tree.head(i);
      if (tree.relation(i).equals("nsubj") && head > i && head < cue && tree.isVerb(head)) {
        return i;
      }
      if (tree.token(i).text().equals(";") || tree.token(i).text().equals(":")) {
        return -1;
      }
    }
    return -1;
  }

  private static int climb(DependencyTree tree, int cue) {
    int verb = cue;
    for (int hop = 0; hop < 3 && verb >= 0; hop++) {
      int subject = tree.nearestChild(verb, "nsubj");
      // "X was quoted as saying": a passive subject speaks only through a verb it governs. A
      // contracted "'s" before a verb with a direct object is "has" ("he's heralded plans").
      boolean passive =
          tree.relation(subject < 0 ? verb : subject).equals("nsubj:pass") && !isHas(tree, verb);
      if (subject >= 0 && (hop > 0 || !passive)) {
        boolean relative =
            isRelative(tree, subject) || tree.token(subject).text().equalsIgnoreCase("that");
        return relative && tree.relation(verb).startsWith("acl") ? tree.head(verb) : subject;
      }
      int agent = agentOf(tree, verb);
      if (agent >= 0) {
        return agent;
      }
      int reduced = reducedSubject(tree, verb);
      if (reduced >= 0) {
        return reduced;
      }
      int pronoun = relativeObject(tree, verb);
      if (pronoun >= 0) {
        return pronoun;
      }
      String rel = tree.relation(verb);
      if (!CLIMB.contains(rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel)) {
        return -1;
      }
      verb = rel.equals("acl") ? participleHost(tree, verb) : tree.head(verb);
      if (verb >= 0 && isRelative(tree, verb)) {
        // A misparse hangs the cue on the relative pronoun ("the group, which vowed to ..."):
        // the pronoun is the subject, standing for its noun.
        return verb;
      }
    }
    return -1;
  }

  /**
   * The passive agent of a verb: its "obl:agent", or for a past participle an oblique with "by"
   * ("members sent to the border by the council", which the parser often leaves a plain oblique);
   * -1 when none.
   */
  private static int agentOf(DependencyTree tree, int verb) {
    int agent = tree.child(verb, "obl:agent");
    String pos = tree.token(verb).pos();
    if (agent >= 0 || pos == null || !pos.equals("VBN")) {
      return agent;
    }
    for (Dependency d : tree.dependents(verb)) {
      if (d.relation().equals("obl") && tree.caseWord(d.dependent()).equals("by")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * "A study released on Tuesday by researchers shows ...": the parser reads the noun and its
   * participle as a clausal subject; the noun before the participle is the subject. -1 when none.
   */
  private static int reducedSubject(DependencyTree tree, int verb) {
    int clause = tree.child(verb, "csubj");
    int noun = clause < 0 ? -1 : tree.nearestChild(clause, "nsubj");
    return noun >= 0 && noun < clause ? noun : -1;
  }

  /**
   * Where the subject of a participle hung on a noun is found ("She spoke about the death of X,
   * arguing that ...": the parser hangs "arguing" on "death"): the verb the noun depends on, when
   * the noun is an object or oblique of it; else the noun itself.
   */
  private static int participleHost(DependencyTree tree, int participle) {
    int noun = tree.head(participle);
    String pos = tree.token(participle).pos();
    if (noun < 0 || pos == null || !pos.equals("VBG")) {
      return noun;
    }
    int host = noun;
    for (int hop = 0; hop < 2 && host >= 0 && !tree.isVerb(host); hop++) {
      String rel = tree.relation(host);
      if (!rel.startsWith("obl") && !rel.startsWith("obj") && !rel.startsWith("nmod")) {
        return noun;
      }
      host = tree.head(host);
    }
    return host >= 0 && tree.isVerb(host) ? host : noun;
  }

  /**
   * "the leader, who in 2010 said the goal was ...": the parser may read the pronoun opening a
   * relative clause as the object of its verb when words stand between them; with no subject
   * besides, the pronoun before the verb is its subject. -1 when none.
   */
  private static int relativeObject(DependencyTree tree, int verb) {
    if (!tree.relation(verb).equals("acl:relcl")) {
      return -1;
    }
    int object = tree.child(verb, "obj");
    return object >= 0 && object < verb && isRelative(tree, object) ? object : -1;
  }

  /** A verb with a direct object whose passive auxiliary is a contracted "'s", read as "has". */
  private static boolean isHas(DependencyTree tree, int verb) {
    int aux = tree.child(verb, "aux:pass");
    String text = aux < 0 ? "" : tree.token(aux).text();
    return (text.equals("'s") || text.equals("’s")) && tree.child(verb, "obj") >= 0;
  }

  /** A relative pronoun ("who", "which", "that") heading a noun's clause. */
  static boolean isRelative(DependencyTree tree, int i) {
    String pos = tree.token(i).pos();
    return pos != null && (pos.equals("WP") || pos.equals("WDT"));
  }
}
