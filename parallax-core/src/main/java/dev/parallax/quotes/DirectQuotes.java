package dev.parallax.quotes;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Sentence;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Attributes quoted statements and merges them with reported speech: a reported clause that holds a
 * quotation becomes mixed; otherwise an ordered list of sieves gives the quotation its speaker, the
 * first that finds one deciding and naming the statement ({@link Statement#sieve}): {@code
 * direct/colon-lead-in} (a cue sentence ending in a colon just before), {@code direct/dash-aside},
 * {@code direct/reported} (a reported clause that is the quotation), {@code direct/signature} and
 * {@code direct/paragraph-signature} (a name signed after a dash), {@code direct/cue-after} (a cue
 * verb right after the closing mark), {@code direct/trailing-clause}, {@code direct/subject-before}
 * (the quotation continues a clause whose subject stands before it), {@code direct/nearest-cue},
 * {@code direct/continued} (the quotation before in the same or the last paragraph), {@code
 * direct/nearby} and {@code direct/pull-quote} (the actor named nearest), and {@code
 * direct/unattributed} when none.
 */
final class DirectQuotes {
  /** Words a reported clause must hold beyond a quotation for the whole to be a mixed quote. */
  private static final int MIXED_EXTRA_CHARS = 12;

  /**
   * The sieves whose statements may be reported inside another's: a cue with a clause ("Y believed
   * that Z"), or a verb of saying with the words after it when the parse gave it no clause; not a
   * stance with its object ("the driver refused to stop"), which stays part of the outer content.
   */
  private static final Set<String> NESTED_SIEVES =
      Set.of(
          "reported/cue-clause",
          "reported/cue-rest",
          "reported/noun-that",
          "reported/adjective-that");

  /** Most characters between a closing mark and the cue verb that follows it. */
  private static final int MAX_FOLLOWING_GAP = 40;

  private final AnnotatedArticle article;
  private final SpeechCues cues;
  private final SpeakerResolver speakers;
  private final List<Span> paragraphs;
  private final QuoteScope scope;
  private final ColonLeadIn leadIn;
  private final TrailingClause trailing;
  private final DashAside aside;

  DirectQuotes(
      AnnotatedArticle article, SpeechCues cues, SpeakerResolver speakers, QuoteScope scope) {
    this.scope = scope;
    this.article = article;
    this.cues = cues;
    this.speakers = speakers;
    this.paragraphs = QuoteMarks.paragraphs(article.article().body());
    this.leadIn = new ColonLeadIn(article, speakers);
    this.trailing = new TrailingClause(article, speakers);
    this.aside = new DashAside(article, speakers);
  }

  /**
   * @param quoted quotations that are statements
   * @param fragments short quotations (scare-quote shaped) that make a reported clause mixed
   * @param reported reported speech found in the parse
   */
  List<Statement> merge(
      List<QuoteMarks.Marked> quoted, List<QuoteMarks.Marked> fragments, List<Statement> reported) {
    List<Statement> out = new ArrayList<>();
    Set<Statement> used = new HashSet<>();
    List<Statement> mixed = new ArrayList<>();
    Statement previous = null;
    for (QuoteMarks.Marked m : quoted) {
      Statement holder = holding(reported, m);
      if (holder != null) {
        used.add(holder);
        mixed.add(holder.withKind(QuoteKind.MIXED));
        continue;
      }
      Statement direct = attribute(m, reported, used, latest(previous, reported, m));
      out.add(direct);
      previous = direct;
    }
    out.addAll(mixed);
    List<Statement> quotations = List.copyOf(out);
    for (Statement r : reported) {
      if (used.contains(r) || quotations.stream().anyMatch(d -> clashes(d, r))) {
        continue;
      }
      // Reported speech found inside an attribution named after it ("Police said X, according to
      // their lawyers"): the enclosing attribution replaces it.
      out.removeIf(d -> !quotations.contains(d) && clashes(d, r) && encloses(r, d));
      boolean holds = fragments.stream().anyMatch(f -> r.content().contains(f.outer()));
      Statement kept = holds ? r.withKind(QuoteKind.MIXED) : r;
      if (out.stream().noneMatch(d -> clashes(d, r)) || isNestedRelative(r, out, quotations)) {
        out.add(kept);
        continue;
      }
      Statement outer = reportedIn(r, out, quotations);
      if (outer != null) {
        out.add(kept.reportedIn(outer));
      }
    }
    out.sort((a, b) -> a.content().compareTo(b.content()));
    return dropDuplicates(out, scope == QuoteScope.ATTRIBUTIONS);
  }

  /**
   * "He said the plan amounts to what critics said was a giveaway": PolNeAR marks a relative
   * attribution inside reported speech as its own, unlike other nested statements.
   */
  private static boolean isNestedRelative(
      Statement r, List<Statement> out, List<Statement> quotations) {
    return NestedStatements.isRelativeAttribution(r)
        && out.stream().filter(d -> clashes(d, r)).noneMatch(quotations::contains);
  }

  /**
   * The reported statement that {@code r} is reported in ("X said that Y believed Z": Y's belief,
   * cue and all, lies inside X's content), when {@code r} is a cue with a clause and every kept
   * statement it clashes with holds it so; the innermost of them, or null.
   */
  private static Statement reportedIn(
      Statement r, List<Statement> out, List<Statement> quotations) {
    if (r.speaker() == null || r.cueSpan() == null || !NESTED_SIEVES.contains(r.sieve())) {
      return null;
    }
    Statement best = null;
    for (Statement d : out) {
      if (!clashes(d, r)) {
        continue;
      }
      boolean holds =
          !quotations.contains(d)
              && d.outer() == null
              && d.content().contains(r.content())
              && d.content().contains(r.cueSpan())
              && !d.content().equals(r.content());
      if (!holds) {
        return null;
      }
      if (best == null || best.content().contains(d.content())) {
        best = d;
      }
    }
    return best;
  }

  /** An attribution phrase whose content holds the other statement's cue. */
  private boolean encloses(Statement outer, Statement inner) {
    return cues.isPhrase(outer.cue())
        && inner.cueSpan() != null
        && outer.content().contains(inner.cueSpan());
  }

  private static boolean clashes(Statement kept, Statement candidate) {
    return kept.content().overlaps(candidate.content())
        || candidate.cueSpan() != null && kept.content().contains(candidate.cueSpan());
  }

  /**
   * Drops a statement that repeats one before: the same content, or reported speech with the same
   * cue (a quotation split by its attribution keeps both parts, except in the attribution scope,
   * where one cue makes one attribution). Nested statements with cues of their own stay ("X said
   * that the poll shows Y").
   */
  private static List<Statement> dropDuplicates(List<Statement> sorted, boolean onePerCue) {
    List<Statement> out = new ArrayList<>();
    for (Statement s : sorted) {
      boolean repeat =
          out.stream()
              .anyMatch(
                  o ->
                      o.content().equals(s.content())
                          || (onePerCue || s.kind() != QuoteKind.DIRECT)
                              && o.cueSpan() != null
                              && o.cueSpan().equals(s.cueSpan())
                          || o.cueSpan() == null && o.content().overlaps(s.content()));
      if (!repeat) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The statement a quotation may continue: the quotation before it, or reported speech closer
   * before it in its own paragraph ("'He will live,' she said. 'I swear ...'": the short first
   * quotation is read as reported speech).
   */
  private Statement latest(Statement previous, List<Statement> reported, QuoteMarks.Marked m) {
    Statement best = previous;
    int p = paragraph(m.outer().start());
    for (Statement r : reported) {
      boolean before = r.content().end() <= m.outer().start() && r.speaker() != null;
      if (before
          && paragraph(r.content().start()) == p
          && (best == null || r.content().end() > best.content().end())) {
        best = r;
      }
    }
    return best;
  }

  /**
   * A reported clause that holds the quotation and more words besides; the stop closing the
   * quotation may lie outside it (the parse trims a clause's edge punctuation).
   */
  private Statement holding(List<Statement> reported, QuoteMarks.Marked m) {
    String body = article.article().body();
    int end = m.inner().end();
    while (end > m.inner().start() && ".,;:!?".indexOf(body.charAt(end - 1)) >= 0) {
      end--;
    }
    Span words = new Span(m.inner().start(), end);
    for (Statement r : reported) {
      Span c = r.content();
      if (c.contains(words)
          && c.length() - m.outer().length() >= MIXED_EXTRA_CHARS
          && (r.cueSpan() == null || !m.outer().contains(r.cueSpan()))) {
        return r;
      }
    }
    return null;
  }

  private Statement attribute(
      QuoteMarks.Marked m, List<Statement> reported, Set<Statement> used, Statement previous) {
    Statement direct = new Statement(m.inner(), QuoteKind.DIRECT, null, null, null, treeAt(m), -1);
    Statement led = leadIn.at(m, direct);
    if (led != null) {
      return led.decidedBy("direct/colon-lead-in");
    }
    Statement set = aside.at(m, direct);
    if (set != null) {
      return set.decidedBy("direct/dash-aside");
    }
    for (Statement r : reported) {
      if (r.content().overlaps(m.outer())
          && r.cueSpan() != null
          && !m.outer().contains(r.cueSpan())
          && r.speaker() != null) {
        used.add(r);
        return direct.withSpeaker(r.speaker(), r.cue(), r.cueSpan()).decidedBy("direct/reported");
      }
    }
    SpeakerResolver.Resolved signed = speakers.signature(m.outer().end());
    if (signed != null) {
      return direct.withSpeaker(signed, null, null).decidedBy("direct/signature");
    }
    signed = paragraphSignature(m);
    if (signed != null) {
      return direct.withSpeaker(signed, null, null).decidedBy("direct/paragraph-signature");
    }
    Statement byCue = nearestCue(m, direct);
    if (byCue != null && follows(m, byCue)) {
      // '"...," X said': the attribution right after the marks beats a subject inside them.
      return byCue.decidedBy("direct/cue-after");
    }
    Statement tail = trailing.at(m, direct);
    if (tail != null) {
      return tail.decidedBy("direct/trailing-clause");
    }
    Statement partial = subjectBefore(m, direct);
    if (partial != null) {
      return partial.decidedBy("direct/subject-before");
    }
    if (byCue != null) {
      return byCue.decidedBy("direct/nearest-cue");
    }
    if (previous != null
        && previous.speaker() != null
        && paragraph(m.outer().start()) - paragraph(previous.content().end()) <= 1) {
      return direct
          .withSpeaker(previous.speaker(), previous.cue(), previous.cueSpan())
          .decidedBy("direct/continued");
    }
    int p = paragraph(m.outer().start());
    SpeakerResolver.Resolved near =
        p < paragraphs.size() ? speakers.nearby(m.outer(), paragraphs.get(p)) : null;
    if (near != null) {
      return direct.withSpeaker(near, null, null).decidedBy("direct/nearby");
    }
    if (p + 1 < paragraphs.size() && paragraphs.get(p).equals(m.outer())) {
      // A pull quote standing as its own paragraph: the words of whoever the next one names.
      near = speakers.nearby(m.outer(), paragraphs.get(p + 1));
    }
    return near == null
        ? direct.decidedBy("direct/unattributed")
        : direct.withSpeaker(near, null, null).decidedBy("direct/pull-quote");
  }

  /**
   * A name signed after a later quotation of the same paragraph ("“... ‘a saying.’” And more
   * “words.” ― Jane Doe"): the signature covers the whole paragraph; null when none.
   */
  private SpeakerResolver.Resolved paragraphSignature(QuoteMarks.Marked m) {
    int p = paragraph(m.outer().start());
    if (p >= paragraphs.size()) {
      return null;
    }
    String body = article.article().body();
    for (int i = paragraphs.get(p).end() - 1; i >= m.outer().end(); i--) {
      if ("”\"»".indexOf(body.charAt(i)) >= 0) {
        SpeakerResolver.Resolved signed = speakers.signature(i + 1);
        if (signed != null) {
          return signed;
        }
      }
    }
    return null;
  }

  /**
   * A quotation that starts inside a clause whose subject stands before the marks: the subject said
   * the quoted words ("The ministry on Sunday "rejected as untrue any claim ...").
   */
  private Statement subjectBefore(QuoteMarks.Marked m, Statement direct) {
    DependencyTree tree = direct.tree();
    if (tree == null || !tree.sentence().isParsed()) {
      return null;
    }
    int head = tree.headWithin(m.inner());
    int subject = head < 0 ? -1 : CueSubject.of(tree, head);
    if (subject < 0 || tree.token(subject).end() > m.outer().start() || !tree.isVerb(head)) {
      return null;
    }
    SpeakerResolver.Resolved speaker = speakers.ofSubject(tree, subject);
    return direct.withSpeaker(speaker, tree.token(head).text(), tree.token(head).span());
  }

  /** A cue verb outside the marks in the sentences the quotation touches, or a colon lead-in. */
  private Statement nearestCue(QuoteMarks.Marked m, Statement direct) {
    Statement best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Sentence s : article.sentences()) {
      boolean touches = s.span().overlaps(m.outer());
      boolean leadIn = s.end() <= m.outer().start() && endsWithColon(s, m.outer().start());
      if (!touches && !leadIn) {
        continue;
      }
      DependencyTree tree = new DependencyTree(s);
      for (int i = 0; i < tree.size(); i++) {
        Span at = tree.token(i).span();
        if (m.outer().contains(at) || !tree.isVerb(i) || !cues.isVerb(tree.token(i).lemma())) {
          continue;
        }
        SpeakerResolver.Resolved speaker = speakers.ofCue(tree, i);
        int distance =
            Math.min(
                Math.abs(at.start() - m.outer().end()), Math.abs(m.outer().start() - at.end()));
        if (speaker != null && !m.outer().contains(speaker.surface()) && distance < bestDistance) {
          bestDistance = distance;
          best = direct.withSpeaker(speaker, tree.token(i).text(), at);
        }
      }
    }
    return best;
  }

  /** A cue after the closing mark with only punctuation and its subject's few words between. */
  private boolean follows(QuoteMarks.Marked m, Statement byCue) {
    int gap = byCue.cueSpan().start() - m.outer().end();
    return gap >= 0 && gap <= MAX_FOLLOWING_GAP;
  }

  private boolean endsWithColon(Sentence s, int quoteStart) {
    String body = article.article().body();
    String between = body.substring(s.end(), quoteStart).strip();
    String last = s.tokens().isEmpty() ? "" : s.tokens().get(s.tokens().size() - 1).text();
    return between.isEmpty() && (last.equals(":") || last.equals(",")) || between.equals(":");
  }

  private DependencyTree treeAt(QuoteMarks.Marked m) {
    for (Sentence s : article.sentences()) {
      if (s.span().contains(new Span(m.inner().start(), m.inner().start()))
          || s.start() >= m.inner().start() && s.start() < m.inner().end()) {
        return new DependencyTree(s);
      }
    }
    return null;
  }

  private int paragraph(int offset) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (offset < paragraphs.get(i).end()) {
        return i;
      }
    }
    return paragraphs.size();
  }
}
