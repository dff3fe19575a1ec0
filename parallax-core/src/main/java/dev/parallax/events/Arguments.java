package dev.parallax.events;

import dev.parallax.annotate.DependencyTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the head tokens of a trigger's source and target, in order of preference; conjuncts are
 * expanded by the caller. Active verbs: subject and object (or the pattern's preposition); passive
 * verbs: agent ({@code obl:agent}, "by") and passive subject; nouns: possessive, "by" or adjective,
 * and the pattern's preposition ("of"); a noun carried by a light verb takes the verb's subject.
 * Stateless and thread-safe.
 */
final class Arguments {
  private static final Set<String> RELATIVE = Set.of("who", "whom", "which", "that");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "such", "these");
  private static final int MAX_CLIMB = 4;
  private static final int MAX_DEPTH = 6;
  private static final Set<String> NOT_ACTED_ON =
      Set.of(
          "parataxis",
          "punct",
          "conj",
          "cc",
          "aux",
          "mark",
          "advmod",
          "dep",
          "discourse",
          "vocative",
          "appos");

  private final EventPatterns patterns;
  private final Modifiers modifiers;

  Arguments(EventPatterns patterns, Modifiers modifiers) {
    this.patterns = patterns;
    this.modifiers = modifiers;
  }

  List<Integer> sources(DependencyTree g, int trigger, EventPattern p) {
    List<Integer> out = new ArrayList<>();
    if (p.kind() == EventPattern.Kind.CONVERSE) {
      add(out, g.marked(trigger, p.originCase()));
      int object = object(g, trigger);
      add(out, object < 0 ? -1 : g.marked(object, p.originCase()));
    } else if (p.kind() == EventPattern.Kind.NOUN) {
      add(out, g.child(trigger, "nmod:poss"));
      add(out, g.marked(trigger, "by"));
      add(out, g.child(trigger, "amod"));
      if (p.originCase() != null) {
        add(out, g.marked(trigger, p.originCase()));
        int object = g.marked(trigger, "of");
        // "the expulsion of two diplomats from Moldova": the parser may attach "from" lower
        add(out, object < 0 ? -1 : g.marked(object, p.originCase()));
      }
      int light = lightVerb(g, trigger);
      if (light >= 0) {
        add(out, verbSource(g, light, null));
      }
    } else {
      int source = verbSource(g, trigger, p.originCase());
      add(out, source);
      if (source >= 0 && g.pos(source).equals("PRP")) {
        // "Syria said it would ...": an unresolved pronoun stands for the reporting subject
        add(out, reporter(g, trigger));
      }
      add(out, principal(g, trigger));
      add(out, source < 0 && passive(g, trigger) ? instrument(g, trigger) : -1);
    }
    return out.stream().map(i -> unrelativise(g, i)).toList();
  }

  List<Integer> targets(DependencyTree g, int trigger, EventPattern p) {
    List<Integer> out = new ArrayList<>();
    if (p.kind() == EventPattern.Kind.NOUN) {
      String preposition = p.targetCase() == null ? "of" : p.targetCase();
      add(out, g.marked(trigger, preposition));
      for (int c : g.children(trigger)) {
        // "a request for consultations to Minsk": the target may hang one phrase lower
        if (g.relation(c).startsWith("nmod") && !preposition.equals("of")) {
          add(out, g.marked(c, preposition));
        }
      }
      int light = lightVerb(g, trigger);
      if (light >= 0 && p.targetCase() != null) {
        add(out, g.marked(light, p.targetCase()));
      }
      if (light >= 0) {
        add(out, g.child(light, "iobj"));
      }
      if (modifiers.is(g.lemma(trigger), Modifiers.Effect.SPEECH)) {
        claimTargets(g, trigger, out);
      }
    } else if (p.kind() == EventPattern.Kind.CONVERSE) {
      add(out, verbSource(g, trigger, null));
    } else {
      verbTargets(g, trigger, p, out);
    }
    List<Integer> resolved = new ArrayList<>();
    for (int argument : out) {
      int head = unrelativise(g, argument);
      // "condemned Kosovo's expulsion of ...": the act's author is the one condemned
      Optional<EventPattern> act =
          patterns.isNounTrigger(g, head) ? patterns.match(g, head) : Optional.empty();
      List<Integer> authors = act.map(a -> sources(g, head, a)).orElse(List.of());
      if (!authors.isEmpty()) {
        resolved.add(authors.get(0));
      } else if (act.isEmpty() && !isAnaphor(g, head)) {
        // an act without a named author is no actor: "the arrest of the Russian" is not Russia
        resolved.add(head);
      }
    }
    return resolved;
  }

  /**
   * The CAMEO root of the earlier act that the trigger's object refers back to ("condemned the
   * arrest", an act whose author is not named here), "" for any act ("called the move ..."), or
   * empty when the object is no such reference.
   */
  Optional<String> referredAct(DependencyTree g, int trigger, EventPattern p) {
    if (p.kind() != EventPattern.Kind.VERB || passive(g, trigger)) {
      return Optional.empty();
    }
    int object = object(g, trigger);
    if (object < 0 || !definite(g, object)) {
      // "signed an agreement" is a new act, "condemned the arrest" one told before
      return Optional.empty();
    }
    if (isAnaphor(g, object)) {
      return Optional.of("");
    }
    Optional<EventPattern> act =
        patterns.isNounTrigger(g, object) ? patterns.match(g, object) : Optional.empty();
    boolean unauthored = act.isPresent() && sources(g, object, act.get()).isEmpty();
    return unauthored ? act.map(a -> a.code().substring(0, 2)) : Optional.empty();
  }

  /**
   * The agent of an authority's act in the passive with no agent named, reported by someone ("the
   * ministry said he was expelled"): the reporter; else -1.
   */
  int reportedAgent(DependencyTree g, int trigger, EventPattern p) {
    boolean authority = modifiers.is(g.lemma(trigger), Modifiers.Effect.AUTHORITY);
    if (!authority || p.kind() != EventPattern.Kind.VERB || !passive(g, trigger)) {
      return -1;
    }
    return reporter(g, trigger);
  }

  /**
   * The one a claim is against: the subject of its "that" clause ("the claim that Kosovo is a
   * hotbed"), else the one who rejects it ("Kosovo rejected Russian claims": Russia accused
   * Kosovo).
   */
  private void claimTargets(DependencyTree g, int claim, List<Integer> out) {
    for (int c : g.children(claim)) {
      String relation = g.relation(c);
      if (relation.startsWith("acl") || relation.equals("ccomp") || relation.equals("dep")) {
        add(out, exact(g, c, "nsubj"));
      }
    }
    int verb = g.head(claim);
    boolean rejected =
        verb >= 0
            && g.relation(claim).equals("obj")
            && patterns
                .match(g, verb)
                .filter(v -> v.code() != null && v.code().startsWith("016"))
                .isPresent();
    if (rejected) {
      add(out, verbSource(g, verb, null));
    }
  }

  /**
   * The tokens below trigger {@code t} in breadth-first order, where a target the grammar did not
   * name may still be found ("offered to hand over to Great Britain ...", "threatened to stop talks
   * if the United States ..."): not through subjects, agents, coordinated or parenthetical clauses,
   * nor through the trigger's own subject or agent, whose actors are not acted upon.
   */
  static List<Integer> below(DependencyTree g, int t) {
    List<Integer> out = new ArrayList<>();
    List<Integer> frontier = List.of(t);
    for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int i : frontier) {
        for (int c : g.children(i)) {
          String relation = g.relation(c);
          boolean subject =
              relation.startsWith("nsubj")
                  || relation.startsWith("csubj")
                  || relation.equals("obl:agent");
          if (!NOT_ACTED_ON.contains(relation.split(":")[0])
              && !(depth == 0 && subject)
              && !Phrases.namesSomeoneElse(g, c)) {
            next.add(c);
          }
        }
      }
      out.addAll(next);
      frontier = next;
    }
    return out;
  }

  /**
   * The direct object of verb {@code v}, else the subject of its small clause ("called [the arrest
   * an incident]", which the parser reads as an {@code xcomp} with a subject), or -1.
   */
  private static int object(DependencyTree g, int v) {
    int object = g.child(v, "obj");
    int clause = g.child(v, "xcomp");
    return object >= 0 || clause < 0 ? object : exact(g, clause, "nsubj");
  }

  /** "the move", "this step": no author of its own ("Kosovo's move" names its author). */
  private boolean isAnaphor(DependencyTree g, int i) {
    return g.pos(i).startsWith("NN")
        && modifiers.is(g.lemma(i), Modifiers.Effect.ANAPHOR)
        && definite(g, i)
        && g.child(i, "nmod:poss") < 0
        && g.marked(i, "by") < 0;
  }

  private static boolean definite(DependencyTree g, int noun) {
    int det = g.child(noun, "det");
    return det >= 0 && DEFINITE.contains(g.lemma(det));
  }

  private void verbTargets(DependencyTree g, int trigger, EventPattern p, List<Integer> out) {
    if (passive(g, trigger)) {
      add(out, g.child(trigger, "nsubj:pass"));
      if (g.relation(trigger).equals("acl")) {
        add(out, g.head(trigger));
      }
      return;
    }
    if (p.targetCase() != null) {
      add(out, g.marked(trigger, p.targetCase()));
      int object = object(g, trigger);
      // "lift sanctions on Montenegro": the parser may hang the phrase on the object
      add(out, object < 0 ? -1 : g.marked(object, p.targetCase()));
    }
    add(out, object(g, trigger));
    add(out, g.child(trigger, "iobj"));
    if (g.relation(trigger).equals("acl:relcl")) {
      add(out, g.head(trigger));
    }
    int clause = g.child(trigger, "ccomp");
    if (clause >= 0) {
      add(out, exact(g, clause, "nsubj"));
    }
  }

  /** The source of verb {@code v}: agent when passive, else subject, else its controller's. */
  private static int verbSource(DependencyTree g, int v, String originCase) {
    if (passive(g, v)) {
      int agent = g.child(v, "obl:agent");
      if (agent < 0) {
        agent = g.marked(v, "by");
      }
      for (int c : g.children(v)) {
        // "declared persona non grata by X": the parser may hang the agent on the complement
        boolean complement = g.relation(c).equals("obj") || g.relation(c).equals("xcomp");
        if (agent < 0 && complement) {
          agent = g.marked(c, "by");
        }
      }
      if (agent < 0 && originCase != null) {
        agent = g.marked(v, originCase);
      }
      return agent;
    }
    int current = v;
    for (int step = 0; step < MAX_CLIMB; step++) {
      int subject = exact(g, current, "nsubj");
      if (subject >= 0) {
        return subject;
      }
      String relation = g.relation(current);
      if (!relation.equals("xcomp") && !relation.equals("conj") && !relation.equals("advcl")) {
        return -1;
      }
      current = g.head(current);
      if (current < 0 || passive(g, current)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The one on whose authority {@code v} was done ("on the orders of X", "at the request of X"), or
   * -1: a later choice than the subject, for subjects that name no actor ("the ministry").
   */
  private int principal(DependencyTree g, int v) {
    List<Integer> heads = new ArrayList<>(List.of(v));
    for (int c : g.children(v)) {
      // "declared both envoys persona non grata at the behest of X": the parser may hang the
      // phrase on the complement
      if (g.relation(c).equals("obj") || g.relation(c).equals("xcomp")) {
        heads.add(c);
      }
    }
    for (int h : heads) {
      for (int c : g.children(h)) {
        boolean mandate =
            (g.relation(c).startsWith("obl") || g.relation(c).startsWith("nmod"))
                && modifiers.is(g.lemma(c), Modifiers.Effect.PRINCIPAL);
        int of = mandate ? g.marked(c, "of") : -1;
        if (of >= 0) {
          return of;
        }
      }
    }
    return -1;
  }

  /**
   * The agent named inside an oblique of passive {@code v} that names the means of an attack
   * ("killed in Israeli shelling", "in a Russian missile strike", "in shelling by Syrian forces"),
   * or -1: the instrument noun's adjective, possessive, compound or "by"/"from" phrase, never its
   * object ("the shelling of Donetsk"). A later choice than an agent.
   */
  private int instrument(DependencyTree g, int v) {
    for (int c : g.children(v)) {
      if (!g.relation(c).startsWith("obl")
          || !modifiers.is(g.lemma(c), Modifiers.Effect.INSTRUMENT)) {
        continue;
      }
      for (int agent :
          new int[] {
            g.child(c, "amod"),
            g.child(c, "nmod:poss"),
            g.child(c, "compound"),
            g.marked(c, "by"),
            g.marked(c, "from")
          }) {
        if (agent >= 0) {
          return agent;
        }
      }
    }
    return -1;
  }

  /** The subject of the clause that reports the clause of {@code v} ("X said [it would v]"). */
  static int reporter(DependencyTree g, int v) {
    int current = v;
    for (int step = 0; step < MAX_CLIMB && current >= 0; step++) {
      String relation = g.relation(current);
      if (relation.equals("ccomp")) {
        return exact(g, g.head(current), "nsubj");
      }
      if (!relation.equals("xcomp") && !relation.equals("conj")) {
        return -1;
      }
      current = g.head(current);
    }
    return -1;
  }

  private static boolean passive(DependencyTree g, int v) {
    return g.isPassive(v) || (g.relation(v).equals("acl") && g.pos(v).equals("VBN"));
  }

  /**
   * The verb that carries noun {@code n} as its object and lends it its subject, or -1: a light
   * verb ("issued a warning") or a verb of intent ("will seek consultations").
   */
  private int lightVerb(DependencyTree g, int n) {
    int head = g.head(n);
    String relation = g.relation(n);
    boolean object = relation.equals("obj") || relation.equals("nsubj:pass");
    boolean light = head >= 0 && patterns.isLight(g, head);
    boolean carrier = light || (head >= 0 && modifiers.is(g.lemma(head), Modifiers.Effect.INTENT));
    // "engaged in a firefight", "took part in talks": a light verb may carry its noun obliquely
    boolean oblique = light && relation.equals("obl") && g.marked(head, "in") == n;
    return (object && carrier) || oblique ? head : -1;
  }

  private static int exact(DependencyTree g, int i, String relation) {
    for (int c : g.children(i)) {
      if (g.relation(c).equals(relation)) {
        return c;
      }
    }
    return -1;
  }

  /** A relative pronoun stands for the noun its clause modifies. */
  private static int unrelativise(DependencyTree g, int i) {
    boolean relative = RELATIVE.contains(g.lemma(i)) || g.pos(i).startsWith("W");
    int clause = g.head(i);
    if (relative && clause >= 0 && g.relation(clause).equals("acl:relcl")) {
      return g.head(clause);
    }
    return i;
  }

  private static void add(List<Integer> out, int i) {
    if (i >= 0 && !out.contains(i)) {
      out.add(i);
    }
  }
}
