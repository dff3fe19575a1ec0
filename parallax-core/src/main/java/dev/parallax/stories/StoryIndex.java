package dev.parallax.stories;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.ContentId;
import dev.parallax.model.Story;
import dev.parallax.resources.Rules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The stories of a growing corpus. {@link #add} assigns one new article to the story whose members
 * it is most similar to on average (average linkage), or opens a new story when no story reaches
 * the threshold; nothing already assigned moves. {@link #mergeStories} then joins stories that have
 * grown close (agglomerative, average linkage, same threshold).
 *
 * <p>Order matters: an article is compared with the stories that exist when it arrives, under the
 * term statistics of the articles seen so far, so two articles of one happening that arrive before
 * their common neighbour may open two stories; the merge pass repairs most of these. {@link
 * StoryGrouper} makes batch results independent of input order by adding in a fixed order.
 *
 * <p>A body line already seen verbatim in an earlier article is left out of the new article's
 * profile: menus, footers and promotions the cleaner left behind would otherwise make two reports
 * of one outlet look alike. The first article keeps such lines, but no later one shares them.
 *
 * <p>A story's id derives from its founding article's id, so it stays the same as the story grows.
 * A new article is compared only with the stories its distinctive terms and people find in the
 * candidate index ({@link StoryCandidates}, at most {@link StoryOptions#candidates()} of them, near
 * its anchor day), and through the keys of its own extracted events ({@link EventKeys}) when given,
 * so an addition costs about the same however large the corpus; with {@code candidates} 0 it is
 * compared with every story. The merge pass likewise compares each story with its candidates only.
 * {@link #state} and {@link #restore} carry the index over to a later run: restored stories keep
 * their members and ids, and only articles added since are compared. Not thread-safe.
 */
public final class StoryIndex {
  private final StoryOptions options;
  private final ArticleProfiler profiler;
  private TermStatistics stats;
  private StoryCandidates candidates;

  /** Every story ever founded, by foundation number; one merged into another is left absorbed. */
  private final List<Cluster> clusters = new ArrayList<>();

  private final Map<String, Cluster> storyOf = new HashMap<>();

  /**
   * The story (its foundation number) of each article by its number of arrival, -1 while it has
   * none (being restored or added): an array of ints, which a candidate lookup reads for thousands
   * of postings.
   */
  private int[] storyOfArrival = new int[256];

  /**
   * A 64-bit hash of each body line seen (the lines themselves would hold every body in memory), in
   * a primitive set.
   */
  private LongIntMap seenLines = new LongIntMap();

  private final List<String> arrivals = new ArrayList<>();

  /** Every article observed, by its number of arrival. */
  private final List<Member> observed = new ArrayList<>();

  /**
   * Where the checkpoint this index was restored from ends, or null: what a {@link #checkpointPart}
   * adds to is what the index held then.
   */
  private Mark mark;

  /** The arrivals, chain and numbered terms, names, weights and keys of a restored checkpoint. */
  private record Mark(int arrivals, String chain, TermStatistics.Sizes sizes, int keys) {}

  /**
   * The numbers of the keys each article arrived since the {@link #mark} was posted under, and its
   * lines' keys: what a {@link #checkpointPart} needs to post and count it again.
   */
  private final List<int[]> postedSinceMark = new ArrayList<>();

  private final List<long[]> linesSinceMark = new ArrayList<>();

  private final LeadEmbedder embedder;
  private final EventKeys eventKeys;

  /** How many stories the last {@link #add} compared its article with (for tests of the cost). */
  int lastCompared;

  /** How many articles this index profiled (the others' profiles were stored; for tests). */
  int profiled;

  /** How many times this index weighed an article's terms for its keys (for tests). */
  int weighed;

  /** The stored profiles this index may take instead of profiling, by article id. */
  private Map<String, StoredProfile> storedProfiles = Map.of();

  /** The profiles this index made (none taken from {@link #storedProfiles}), for a store. */
  private final List<StoredProfile> madeProfiles = new ArrayList<>();

  /** The digest of the order of arrival so far ({@link StoredProfile#chain()}). */
  private String chain = "";

  /** A story being built: its foundation number, id, members in arrival order. */
  private static final class Cluster {
    final int seq;
    final boolean restored;
    final List<Member> members = new ArrayList<>();

    /** Made from the founder's id when founded (or as stored), and kept. */
    String id;

    boolean absorbed;
    int version;

    Cluster(int seq, boolean restored) {
      this.seq = seq;
      this.restored = restored;
    }
  }

  public StoryIndex(KnowledgeBase kb, StoryOptions options) {
    this(kb, options, null);
  }

  /**
   * @param embedder lead embeddings mixed into the similarity by {@link
   *     StoryOptions#embeddingWeight()}, or null for TF-IDF alone
   */
  public StoryIndex(KnowledgeBase kb, StoryOptions options, LeadEmbedder embedder) {
    this(kb, options, embedder, Rules.bundled());
  }

  /**
   * @param embedder lead embeddings mixed into the similarity by {@link
   *     StoryOptions#embeddingWeight()}, or null for TF-IDF alone
   * @param rules the rules whose word lists the profiles read
   */
  public StoryIndex(KnowledgeBase kb, StoryOptions options, LeadEmbedder embedder, Rules rules) {
    this(kb, options, embedder, rules, EventKeys.NONE);
  }

  /**
   * @param embedder lead embeddings mixed into the similarity by {@link
   *     StoryOptions#embeddingWeight()}, or null for TF-IDF alone
   * @param rules the rules whose word lists the profiles read
   * @param eventKeys the event keys of the articles to be added (and restored), which the candidate
   *     index posts and looks them up under beside their people and terms
   */
  public StoryIndex(
      KnowledgeBase kb,
      StoryOptions options,
      LeadEmbedder embedder,
      Rules rules,
      EventKeys eventKeys) {
    this.embedder = embedder;
    this.eventKeys = Objects.requireNonNull(eventKeys, "eventKeys");
    this.options = Objects.requireNonNull(options, "options");
    this.profiler =
        new ArticleProfiler(Objects.requireNonNull(kb, "kb"), options, WordNormaliser.of(rules));
    this.stats = new TermStatistics(options);
    this.candidates = new StoryCandidates(options);
  }

  /**
   * Adds an article and returns the id of the story it joined or opened. An article whose id is
   * already stored is not added again.
   */
  public String add(Article article) {
    Cluster known = storyOf.get(article.id());
    if (known != null) {
      return storyId(known);
    }
    Observed observed = observe(article);
    Cluster best = null;
    double bestScore = options.threshold();
    List<Cluster> compared = candidates(observed.member(), observed.keys());
    lastCompared = compared.size();
    for (Cluster cluster : compared) {
      double score = linkage(List.of(observed.member()), cluster.members);
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = cluster;
        bestScore = score;
      }
    }
    if (best == null) {
      best = found(false);
    }
    join(best, observed.member());
    return storyId(best);
  }

  private Cluster found(boolean restored) {
    Cluster c = new Cluster(clusters.size(), restored);
    clusters.add(c);
    return c;
  }

  private void join(Cluster cluster, Member member) {
    if (cluster.id == null) {
      cluster.id = storyIdOf(member.id());
    }
    cluster.members.add(member);
    storyOf.put(member.id(), cluster);
    storyOfArrival[member.arrival()] = cluster.seq;
  }

  private record Observed(Member member, List<String> keys) {}

  /**
   * Profiles an article, counts it in the term statistics and the boilerplate lines as its arrival
   * makes them, and posts it in the candidate index.
   */
  private Observed observe(Article article) {
    chain = chainAfter(chain, article.id());
    ProfileCodec.Decoded decoded = storedProfile(article.id());
    ArticleProfile profile;
    long[] lineKeys;
    if (decoded != null) {
      profile = decoded.profile();
      lineKeys = decoded.lines();
    } else {
      List<String> lines = ArticleProfiler.contentLines(article.body(), line -> false);
      lineKeys = lines.stream().mapToLong(StoryIndex::lineKey).toArray();
      profile = profiler.profile(article, boilerplate(lines, lineKeys));
      profiled++;
      if (embeds()) {
        profile = profile.withEmbedding(embedder.embed(article));
      }
    }
    for (long key : lineKeys) {
      seenLines.put(key, 0);
    }
    Member member = stats.observe(profile, arrivals.size());
    arrivals.add(article.id());
    observed.add(member);
    arrived(member.arrival());
    List<String> keys = List.of();
    List<String> termKeys = null;
    int[] posted = {};
    if (options.candidates() > 0) {
      // the terms' keys follow from the term statistics at its arrival, which a stored profile
      // made after the same arrivals saw too: taken as stored, not weighed again
      termKeys = decoded != null && decoded.keys() != null ? decoded.keys() : termKeys(member);
      keys = withEventKeys(member, termKeys);
      posted = candidates.post(member.arrival(), member.anchor(), keys);
    }
    if (mark != null) {
      postedSinceMark.add(posted);
      linesSinceMark.add(lineKeys);
    }
    if (decoded == null && !embeds()) {
      madeProfiles.add(
          new StoredProfile(article.id(), chain, ProfileCodec.encode(profile, lineKeys, termKeys)));
    }
    return new Observed(member, keys);
  }

  /** Makes room for the story of the article arrived {@code arrival}-th, which has none yet. */
  private void arrived(int arrival) {
    if (arrival >= storyOfArrival.length) {
      storyOfArrival = Arrays.copyOf(storyOfArrival, Math.max(arrival + 1, 2 * arrival));
    }
    storyOfArrival[arrival] = -1;
  }

  /** The keys an article is posted and looked up under: people, terms, its events'. */
  private List<String> keys(Member member) {
    return withEventKeys(member, termKeys(member));
  }

  /** Its people and most distinctive terms under the term statistics as they are now. */
  private List<String> termKeys(Member member) {
    weighed++;
    return stats.keys(member, options.indexTerms());
  }

  /** {@code keys} and the keys of the article's own events. */
  private List<String> withEventKeys(Member member, List<String> keys) {
    List<String> events = eventKeys.of(member.id());
    if (events.isEmpty()) {
      return keys;
    }
    List<String> all = new ArrayList<>(keys);
    all.addAll(events);
    return all;
  }

  /**
   * The lines of an article to leave out of its profile: those seen verbatim in earlier articles (a
   * site's menus, footers, promotions), unless they hold most of its text: then the article is the
   * same text carried again (a copy, {@link CopyDetector}), and those lines are its content.
   */
  private Predicate<String> boilerplate(List<String> lines, long[] keys) {
    long all = 0;
    long seen = 0;
    for (int i = 0; i < keys.length; i++) {
      all += lines.get(i).length();
      seen += seenLines.contains(keys[i]) ? lines.get(i).length() : 0;
    }
    return 2 * seen > all ? line -> false : line -> seenLines.contains(lineKey(line));
  }

  private boolean embeds() {
    return embedder != null && options.embeddingWeight() > 0;
  }

  /**
   * The stored profile of the article with this id when one was made after the same arrivals as now
   * (without a lead embedding, which is not stored), else null.
   */
  private ProfileCodec.Decoded storedProfile(String id) {
    StoredProfile stored = storedProfiles.get(id);
    if (stored == null || !stored.chain().equals(chain) || embeds()) {
      return null;
    }
    try {
      return ProfileCodec.decode(id, stored.profile());
    } catch (IllegalArgumentException e) {
      return null; // profiled again, and the new profile stored in its place
    }
  }

  /** The chain after {@code id} arrives: a content id of the chain before and the id. */
  private static String chainAfter(String before, String id) {
    return ContentId.of('c', before, id);
  }

  /**
   * Lets this empty index take the stored profile of an article it restores or adds instead of
   * profiling it, when the profile was made after the same arrivals ({@link StoredProfile#chain()})
   * by an index of the same options, rules and knowledge base (the caller's to ensure).
   */
  public void useStoredProfiles(Map<String, StoredProfile> profiles) {
    storedProfiles = Map.copyOf(profiles);
  }

  /** The profiles this index made rather than took from its stored ones, in order of arrival. */
  public List<StoredProfile> madeProfiles() {
    return List.copyOf(madeProfiles);
  }

  /** A 64-bit hash of a line (FNV-1a over its UTF-16 units): two lines rarely share one. */
  private static long lineKey(String line) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < line.length(); i++) {
      h = (h ^ line.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** The live stories to compare an article with, in foundation order. */
  private List<Cluster> candidates(Member member, List<String> keys) {
    if (options.candidates() == 0) {
      return clusters.stream().filter(c -> !c.absorbed).toList();
    }
    return candidates
        .find(member.anchor(), keys, arrival -> storyOfArrival[arrival], options.candidates())
        .stream()
        .sorted()
        .map(clusters::get)
        .toList();
  }

  /**
   * Rebuilds the stories of an earlier run into this empty index without comparing anything: the
   * articles are profiled again in their arrival order and placed in their stored stories, which
   * keep their ids (even where a later version replaced the founder) and never merge with each
   * other later.
   *
   * @param articles the article of each id in {@code state}
   * @throws IllegalStateException when this index already holds articles
   * @throws IllegalArgumentException when {@code articles} lacks an article of the state
   */
  public void restore(StoryIndexState state, Function<String, Article> articles) {
    if (!arrivals.isEmpty()) {
      throw new IllegalStateException("restore into an empty index only");
    }
    for (String id : state.arrivals()) {
      Article article = articles.apply(id);
      if (article == null || !article.id().equals(id)) {
        throw new IllegalArgumentException("no article for stored story member " + id);
      }
      observe(article);
    }
    placeStored(state);
  }

  /** Places the observed articles in the stored stories of {@code state}, which keep their ids. */
  private void placeStored(StoryIndexState state) {
    Map<String, Member> members = new HashMap<>();
    observed.forEach(m -> members.put(m.id(), m));
    for (int i = 0; i < state.stories().size(); i++) {
      Cluster c = found(true);
      c.id = state.ids().get(i);
      state.stories().get(i).forEach(id -> join(c, members.get(id)));
    }
  }

  /** Whether this index can be {@link #checkpoint}ed: it mixes in no lead embeddings. */
  public boolean checkpointable() {
    return !embeds();
  }

  /** The version of the {@link #checkpoint} form this index writes and reads. */
  private static final int CHECKPOINT_FORM = 1;

  /** The version of the {@link #checkpointPart} form this index writes and reads. */
  private static final int PART_FORM = 1;

  /**
   * What this index has learnt from the articles it observed, for a later run to {@link
   * #restoreFrom} instead of observing every stored article again: the term statistics, the
   * candidate postings, the lines seen and each article in the compact form compared, in order of
   * arrival. The stories are not in it: they are the {@link #state}. Indexes that learnt the same
   * write the same bytes.
   *
   * @throws IllegalStateException for an index mixing in lead embeddings, which are not kept
   */
  public byte[] checkpoint() {
    if (!checkpointable()) {
      throw new IllegalStateException("an index with lead embeddings is not checkpointed");
    }
    Checkpoint.Writer out = new Checkpoint.Writer();
    out.putInt(CHECKPOINT_FORM).putString(chain);
    seenLines.write(out);
    stats.write(out);
    candidates.write(out);
    out.putInt(observed.size());
    observed.forEach(m -> m.write(out));
    return out.bytes();
  }

  /**
   * What this index learnt since the checkpoint it was restored from ({@link #restoreFrom}), to
   * follow that checkpoint and the parts it was restored with: the articles arrived since in the
   * compact form compared, the keys each was posted under, its lines, and the terms, names, weights
   * and keys numbered since. It costs what arrived since, not what the index holds; an index
   * restored from the checkpoint and its parts learns what this one learnt. Null when this index
   * was not restored from a checkpoint.
   */
  public byte[] checkpointPart() {
    if (mark == null) {
      return null;
    }
    Checkpoint.Writer out = new Checkpoint.Writer();
    out.putInt(PART_FORM).putInt(mark.arrivals()).putString(mark.chain()).putString(chain);
    stats.writeSince(out, mark.sizes());
    candidates.writeKeysSince(out, mark.keys());
    int added = arrivals.size() - mark.arrivals();
    out.putInt(added);
    for (int i = 0; i < added; i++) {
      observed.get(mark.arrivals() + i).write(out);
      out.putInts(postedSinceMark.get(i)).putLongs(linesSinceMark.get(i));
    }
    return out.bytes();
  }

  /**
   * Restores the stories of an earlier run, as {@link #restore} does, from a {@link #checkpoint}
   * and the {@link #checkpointPart}s made after it, in order, by indexes of the same options, rules
   * and knowledge base (the caller's to ensure), which together hold the arrivals of {@code state}:
   * no article is observed again. Returns false, leaving this index empty, when they are of other
   * arrivals (articles replaced or removed since), a part does not follow what comes before it, one
   * is of another form or damaged, there is none, or this index mixes in lead embeddings; then
   * {@link #restore}.
   *
   * @param checkpoint the checkpoint, then its parts
   * @throws IllegalStateException when this index already holds articles
   */
  public boolean restoreFrom(StoryIndexState state, List<byte[]> checkpoint) {
    if (!arrivals.isEmpty()) {
      throw new IllegalStateException("restore into an empty index only");
    }
    if (checkpoint.isEmpty() || !checkpointable()) {
      return false;
    }
    Checkpoint.Reader in = new Checkpoint.Reader(checkpoint.get(0));
    List<Member> members = new ArrayList<>();
    String storedChain;
    LongIntMap lines;
    TermStatistics storedStats;
    StoryCandidates storedCandidates;
    try {
      if (in.getInt() != CHECKPOINT_FORM) {
        return false;
      }
      storedChain = in.getString();
      lines = LongIntMap.read(in);
      storedStats = TermStatistics.read(options, in);
      storedCandidates = StoryCandidates.read(options, in);
      int n = in.getInt();
      for (int i = 0; i < n; i++) {
        if (!readMember(in, state, members)) {
          return false;
        }
      }
      if (storedChain == null || !in.atEnd()) {
        return false;
      }
      for (byte[] part : checkpoint.subList(1, checkpoint.size())) {
        Checkpoint.Reader p = new Checkpoint.Reader(part);
        if (p.getInt() != PART_FORM
            || p.getInt() != members.size()
            || !storedChain.equals(p.getString())) {
          return false;
        }
        storedChain = p.getString();
        storedStats.readSince(p);
        storedCandidates.readKeysSince(p);
        int added = p.getInt();
        for (int i = 0; i < added; i++) {
          if (!readMember(p, state, members)) {
            return false;
          }
          Member m = members.get(members.size() - 1);
          storedStats.recount(m);
          int[] posted = p.getInts();
          long[] seen = p.getLongs();
          if (posted == null || seen == null) {
            throw new IllegalArgumentException("a story index checkpoint part lacks a list");
          }
          storedCandidates.post(m.arrival(), m.anchor(), posted);
          for (long line : seen) {
            lines.put(line, 0);
          }
        }
        if (storedChain == null || !p.atEnd()) {
          return false;
        }
      }
      if (members.size() != state.arrivals().size()) {
        return false;
      }
    } catch (IllegalArgumentException e) {
      return false;
    }
    chain = storedChain;
    seenLines = lines;
    stats = storedStats;
    candidates = storedCandidates;
    for (Member m : members) {
      arrivals.add(m.id());
      observed.add(m);
      arrived(m.arrival());
    }
    placeStored(state);
    mark = new Mark(arrivals.size(), chain, stats.sizes(), candidates.keyCount());
    return true;
  }

  /**
   * Reads the next member into {@code members}; false when it is not the article {@code state} has
   * arriving next.
   */
  private static boolean readMember(
      Checkpoint.Reader in, StoryIndexState state, List<Member> members) {
    int arrival = members.size();
    Member m = Member.read(in, arrival);
    if (arrival >= state.arrivals().size() || !m.id().equals(state.arrivals().get(arrival))) {
      return false;
    }
    members.add(m);
    return true;
  }

  /**
   * Whether this index learnt anything since the checkpoint it was restored from: false only when
   * it was restored from one and no article arrived since, so that a checkpoint made now would be
   * the same.
   */
  public boolean changedSinceCheckpoint() {
    return mark == null || mark.arrivals() != arrivals.size();
  }

  /** What a later run needs to {@link #restore} this index. */
  public StoryIndexState state() {
    return new StoryIndexState(
        live().map(c -> c.members.stream().map(Member::id).toList()).toList(),
        arrivals,
        live().map(c -> c.id).toList());
  }

  private java.util.stream.Stream<Cluster> live() {
    return clusters.stream().filter(c -> !c.absorbed);
  }

  /**
   * Joins the two closest stories while their average linkage reaches the threshold, and returns
   * how many merges were made. The merged story keeps the id of the one founded first. Two restored
   * stories are never joined, so every stored article keeps its story id. Each story is compared
   * with its candidates (the stories its members find in the candidate index), or with every story
   * when {@link StoryOptions#candidates()} is 0.
   */
  public int mergeStories() {
    PriorityQueue<Pair> queue = new PriorityQueue<>();
    live().filter(c -> !c.restored).forEach(c -> queuePairs(c, queue));
    int merges = 0;
    while (!queue.isEmpty()) {
      Pair p = queue.poll();
      if (p.a.absorbed || p.b.absorbed || p.a.version != p.av || p.b.version != p.bv) {
        continue;
      }
      p.b.members.forEach(m -> join(p.a, m));
      p.b.members.clear();
      p.b.absorbed = true;
      p.a.version++;
      merges++;
      queuePairs(p.a, queue);
    }
    return merges;
  }

  /** Queues the pairs of {@code c} and its candidates whose linkage reaches the threshold. */
  private void queuePairs(Cluster c, PriorityQueue<Pair> queue) {
    Set<Cluster> others = new TreeSet<>(Comparator.comparingInt((Cluster x) -> x.seq));
    if (options.candidates() == 0) {
      live().forEach(others::add);
    } else {
      for (Member m : c.members) {
        others.addAll(candidates(m, keys(m)));
      }
    }
    for (Cluster o : others) {
      if (o == c || o.absorbed || (o.restored && c.restored)) {
        continue;
      }
      Cluster a = o.seq < c.seq ? o : c;
      Cluster b = a == o ? c : o;
      double score = linkage(a.members, b.members);
      if (score >= options.threshold()) {
        queue.add(new Pair(a, b, a.version, b.version, score));
      }
    }
  }

  /**
   * A candidate merge: the best score first, then the pair founded first (as a full scan finds).
   */
  private record Pair(Cluster a, Cluster b, int av, int bv, double score)
      implements Comparable<Pair> {
    @Override
    public int compareTo(Pair o) {
      int c = Double.compare(o.score, score);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(a.seq, o.a.seq);
      return c != 0 ? c : Integer.compare(b.seq, o.b.seq);
    }
  }

  /** The stories so far, in order of foundation; members in order of arrival. */
  public List<Story> stories() {
    return live().map(this::story).toList();
  }

  private double linkage(List<Member> a, List<Member> b) {
    double sum = 0;
    for (Member x : a) {
      for (Member y : b) {
        sum += stats.similarity(x, y);
      }
    }
    return sum / (a.size() * (double) b.size());
  }

  private static String storyId(Cluster cluster) {
    return cluster.id;
  }

  /** The id of the story founded by article {@code founder}. */
  public static String storyIdOf(String founder) {
    return ContentId.of('s', founder);
  }

  private Story story(Cluster cluster) {
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    cluster.members.stream().map(Member::outlet).filter(Objects::nonNull).forEach(outlets::add);
    return new Story(
        storyId(cluster),
        title(cluster.members),
        cluster.members.stream().map(Member::id).toList(),
        List.copyOf(outlets),
        null,
        null,
        List.of());
  }

  /**
   * The headline of the member closest on average to the others; on a tie (within rounding: in a
   * story of two both members score the same) the member that arrived first.
   */
  private String title(List<Member> cluster) {
    Member central = null;
    double best = -1;
    for (Member p : cluster) {
      if (p.title() == null) {
        continue;
      }
      double score = linkage(List.of(p), cluster);
      if (score > best + TIE) {
        best = score;
        central = p;
      }
    }
    return central == null ? null : central.title();
  }

  /** Scores closer than this are equal: sums of the same terms in another order differ by less. */
  private static final double TIE = 1e-9;
}
