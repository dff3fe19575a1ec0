package dev.parallax.store.search;

import dev.parallax.actors.ActorMention;
import dev.parallax.model.Article;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index of a store's articles, in a folder beside the store: one document per article with
 * its title, body and quotes (full text, stored for highlighting), its outlet (as the article names
 * it), actor codes, publication date, month and language.
 *
 * <p>The index is kept in step with the store through the store's article change log ({@link
 * RelationalStore#changesAfter}): the index's last commit records the last change it has applied,
 * and {@link #catchUp} applies the changes after it, and only those. {@link #rebuild} starts from
 * nothing. One process at a time may change the index (Lucene's lock file); others read it.
 *
 * <p>Searches (thread-safe) read the last caught-up version: see {@link Searches}.
 */
public final class SearchIndex implements AutoCloseable {
  static final String ID = "id";
  static final String ID_SORT = "id_sort";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String QUOTE = "quote";
  static final String OUTLET = "outlet";
  static final String OUTLET_DV = "outlet_dv";
  static final String ACTOR = "actor";
  static final String ACTOR_DV = "actor_dv";
  static final String DATE = "date";
  static final String DATE_SORT = "date_sort";
  static final String MONTH_DV = "month_dv";
  static final String LANGUAGE = "language";
  static final String SOURCE = "source";

  /** The fields a query's words are looked for in when it names none. */
  static final String[] TEXT_FIELDS = {TITLE, BODY, QUOTE};

  /** The commit data key of the last change applied. */
  private static final String SEQ = "parallax.change";

  /** How many changes one step of a catch-up applies (and commits). */
  private static final int BATCH = 500;

  /** Full text with positions and offsets: phrases, and highlights from the postings. */
  private static final FieldType TEXT = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT.freeze();
  }

  private final Path dir;
  private final Directory directory;
  private final Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
  private final SearcherManager searchers;

  private SearchIndex(Path dir, Directory directory) throws IOException {
    this.dir = dir;
    this.directory = directory;
    if (!DirectoryReader.indexExists(directory)) {
      try (IndexWriter w = writer(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)) {
        w.setLiveCommitData(Map.of(SEQ, "0").entrySet());
        w.commit();
      }
    }
    this.searchers = new SearcherManager(directory, null);
  }

  /**
   * Opens the index in {@code dir}, creating the folder and an empty index when there is none.
   *
   * @throws IndexBusy when the index is empty and another process is creating it
   */
  public static SearchIndex open(Path dir) {
    try {
      Files.createDirectories(dir);
      return new SearchIndex(dir, FSDirectory.open(dir));
    } catch (LockObtainFailedException e) {
      throw new IndexBusy(dir);
    } catch (IOException e) {
      throw new StoreException("cannot open the search index " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where the index of a store lives: {@code option} when given; beside an SQLite file {@code
   * FILE}, the folder {@code FILE.index}; for a PostgreSQL store, a folder named after its address
   * under {@code $XDG_DATA_HOME/parallax/indexes} ({@code ~/.local/share} when unset).
   */
  public static Path location(StoreLocation store, Path option) {
    if (option != null) {
      return option;
    }
    if (store instanceof StoreLocation.SqliteFile f) {
      Path file = f.file().toAbsolutePath();
      return file.resolveSibling(file.getFileName() + ".index");
    }
    String data = System.getenv("XDG_DATA_HOME");
    Path home =
        data == null || data.isBlank()
            ? Path.of(System.getProperty("user.home"), ".local", "share")
            : Path.of(data);
    String name = store.display().replaceAll("[^A-Za-z0-9._-]+", "_");
    return home.resolve("parallax").resolve("indexes").resolve(name);
  }

  /** The folder the index is in. */
  public Path dir() {
    return dir;
  }

  /** Another process is changing the index: its lock file is held. */
  public static final class IndexBusy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IndexBusy(Path dir) {
      super(
          "the search index "
              + dir
              + " is being changed by another process (a running serve or analyze catches it up"
              + " itself); try again when it is done");
    }
  }

  /** What a catch-up did: the changes it applied and the last change the index has seen. */
  public record CatchUp(int changes, long through) {}

  /** Applies the store's article changes after the last one the index has seen. */
  public synchronized CatchUp catchUp(RelationalStore store) {
    return apply(store, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
  }

  /** Empties the index and applies every article change of the store. */
  public synchronized CatchUp rebuild(RelationalStore store) {
    return apply(store, IndexWriterConfig.OpenMode.CREATE);
  }

  private IndexWriter writer(IndexWriterConfig.OpenMode mode) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode);
    config.setRAMBufferSizeMB(64);
    return new IndexWriter(directory, config);
  }

  private CatchUp apply(RelationalStore store, IndexWriterConfig.OpenMode mode) {
    int applied = 0;
    long seq = 0;
    try (IndexWriter w = writer(mode)) {
      if (mode != IndexWriterConfig.OpenMode.CREATE) {
        seq = seqOf(w);
      }
      boolean committed = false;
      while (true) {
        List<RelationalStore.ArticleChange> changes = store.changesAfter(seq, BATCH);
        if (changes.isEmpty()) {
          break;
        }
        Map<String, Boolean> deleted = new LinkedHashMap<>();
        changes.forEach(c -> deleted.put(c.article(), c.deleted()));
        List<String> saved = new ArrayList<>();
        deleted.forEach(
            (id, gone) -> {
              if (!gone) {
                saved.add(id);
              }
            });
        Map<String, ArticleResult> found = store.results(saved);
        for (String id : deleted.keySet()) {
          ArticleResult r = found.get(id);
          if (r != null && r.record() instanceof Article a) {
            w.updateDocument(new Term(ID, id), document(a, r));
          } else {
            w.deleteDocuments(new Term(ID, id));
          }
        }
        seq = changes.get(changes.size() - 1).seq();
        applied += changes.size();
        w.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
        w.commit();
        committed = true;
      }
      if (!committed && mode == IndexWriterConfig.OpenMode.CREATE) {
        w.setLiveCommitData(Map.of(SEQ, "0").entrySet());
        w.commit();
      }
    } catch (LockObtainFailedException e) {
      throw new IndexBusy(dir);
    } catch (IOException e) {
      throw new StoreException("cannot update the search index " + dir + ": " + e.getMessage(), e);
    }
    refresh();
    return new CatchUp(applied, seq);
  }

  private static long seqOf(IndexWriter w) {
    Iterable<Map.Entry<String, String>> data = w.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (SEQ.equals(e.getKey())) {
          return Long.parseLong(e.getValue());
        }
      }
    }
    return 0;
  }

  /** The last store change the index has applied (as the readers see it). */
  public long through() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        String v = ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().get(SEQ);
        return v == null ? 0 : Long.parseLong(v);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lets searches see the last commit (another process's catch-up, too). */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new StoreException("cannot reopen the search index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The bytes the index takes on disk. */
  public long bytes() {
    try {
      long total = 0;
      for (String f : directory.listAll()) {
        total += directory.fileLength(f);
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document document(Article a, ArticleResult r) {
    Document d = new Document();
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ID_SORT, new BytesRef(a.id())));
    if (a.title() != null) {
      d.add(new Field(TITLE, a.title(), TEXT));
    }
    d.add(new Field(BODY, a.body(), TEXT));
    for (ExtractedQuote q : r.quotes()) {
      d.add(new Field(QUOTE, q.quote().text(), TEXT));
    }
    if (a.outlet() != null) {
      d.add(new StringField(OUTLET, a.outlet(), Field.Store.YES));
      d.add(new SortedDocValuesField(OUTLET_DV, new BytesRef(a.outlet())));
    }
    Set<String> actors = new TreeSet<>();
    if (r.actors() != null) {
      for (ActorMention m : r.actors().mentions()) {
        if (m.actor() != null && !m.actor().isBlank()) {
          actors.add(m.actor());
        }
      }
    }
    for (String code : actors) {
      d.add(new StringField(ACTOR, code, Field.Store.NO));
      d.add(new SortedSetDocValuesField(ACTOR_DV, new BytesRef(code)));
    }
    String date = a.published() == null ? "" : a.published().toString();
    if (!date.isEmpty()) {
      d.add(new StringField(DATE, date, Field.Store.YES));
    }
    d.add(new SortedDocValuesField(DATE_SORT, new BytesRef(date)));
    d.add(
        new SortedDocValuesField(
            MONTH_DV, new BytesRef(date.length() >= 7 ? date.substring(0, 7) : "")));
    if (a.language() != null) {
      d.add(new StringField(LANGUAGE, a.language(), Field.Store.YES));
    }
    d.add(new StoredField(SOURCE, a.source()));
    return d;
  }

  // ---- searching

  /** A query the index refuses: its text does not parse, or its cursor is not one of ours. */
  public static final class BadQuery extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadQuery(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * A search: {@code text} in Lucene's query syntax over titles, bodies and quotes (words must all
   * match unless joined by OR; "phrases", AND/OR/NOT, +/-, field:word for title, body and quote);
   * blank for every article. Filters, null for none: the outlet names as articles spell them (any
   * of them), an actor code prefix, ISO dates {@code from}/{@code to} of any precision (a date is
   * compared as text, so an article dated only by its year falls before any month of it), a
   * language code.
   */
  public record Request(
      String text,
      Collection<String> outlets,
      String actor,
      String from,
      String to,
      String language) {
    public static Request of(String text) {
      return new Request(text, null, null, null, null, null);
    }
  }

  /** The Lucene query of a request: the parsed text, with its filters as filter clauses. */
  Query query(Request r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(textQuery(r.text()), BooleanClause.Occur.MUST);
    if (r.outlets() != null) {
      b.add(
          new TermInSetQuery(OUTLET, r.outlets().stream().map(BytesRef::new).toList()),
          BooleanClause.Occur.FILTER);
    }
    if (r.actor() != null) {
      b.add(new PrefixQuery(new Term(ACTOR, r.actor())), BooleanClause.Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      b.add(
          TermRangeQuery.newStringRange(
              DATE, r.from(), r.to() == null ? null : r.to() + "\uffff", true, true),
          BooleanClause.Occur.FILTER);
    }
    if (r.language() != null) {
      b.add(new TermQuery(new Term(LANGUAGE, r.language())), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** The query of the text alone (what highlights are made from). */
  Query textQuery(String text) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new BadQuery("the query does not parse: " + firstLine(e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQuery("the query has too many terms: " + e.getMessage(), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  /** Newest first (undated last), ties by id: an order a cursor can name across index versions. */
  static final Sort ORDER =
      new Sort(
          new SortField(DATE_SORT, SortField.Type.STRING, true),
          new SortField(ID_SORT, SortField.Type.STRING));

  /** One found article, its text pieces highlighted. */
  public record Hit(
      String id,
      String title,
      String outlet,
      String date,
      String language,
      String source,
      List<Highlighted.Fragment> titleHighlights,
      List<Highlighted.Fragment> body,
      List<Highlighted.Fragment> quotes) {}

  /** One page of hits and the cursor of the next (null on the last page). */
  public record Page(long total, List<Hit> hits, String next) {}

  /**
   * The {@code limit} newest hits after the cursor (null: from the first), with highlights.
   *
   * @throws BadQuery when the text does not parse or the cursor is not one this index wrote
   */
  public Page search(Request r, String cursor, int limit) {
    Query q = query(r);
    try {
      IndexSearcher s = searchers.acquire();
      try {
        int maxDoc = s.getIndexReader().maxDoc();
        FieldDoc after = cursor == null ? null : decode(cursor, maxDoc);
        if (maxDoc == 0) {
          return new Page(0, List.of(), null);
        }
        TopFieldDocs top = s.searchAfter(after, q, limit, ORDER, false);
        List<Hit> hits = Highlighted.hits(s, analyzer, textQuery(r.text()), top.scoreDocs);
        String next = null;
        if (top.scoreDocs.length == limit && top.totalHits.value > 0) {
          FieldDoc last = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
          next = encode(last);
          if (s.searchAfter(last, q, 1, ORDER, false).scoreDocs.length == 0) {
            next = null;
          }
        }
        return new Page(s.count(q), hits, next);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every hit in order, without highlights, read a page at a time (an export: no cap). */
  public void forEach(Request r, Consumer<Hit> each) {
    Query q = query(r);
    try {
      IndexSearcher s = searchers.acquire();
      try {
        FieldDoc after = null;
        while (true) {
          TopFieldDocs top = s.searchAfter(after, q, 1000, ORDER, false);
          for (ScoreDoc sd : top.scoreDocs) {
            each.accept(Highlighted.plain(s, sd.doc));
          }
          if (top.scoreDocs.length < 1000) {
            return;
          }
          after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
        }
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Which of {@code ids} (articles) match {@code text} (in the query syntax of {@link Request}):
   * how a saved search reads its query, the same as the search page does.
   *
   * @throws BadQuery when the text does not parse
   */
  public Set<String> matching(String text, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    Query q =
        new BooleanQuery.Builder()
            .add(textQuery(text), BooleanClause.Occur.MUST)
            .add(
                new TermInSetQuery(ID, ids.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER)
            .build();
    try {
      IndexSearcher s = searchers.acquire();
      try {
        Set<String> found = new java.util.HashSet<>();
        for (ScoreDoc sd : s.search(q, ids.size()).scoreDocs) {
          found.add(s.storedFields().document(sd.doc).get(ID));
        }
        return found;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that {@code text} parses as a query.
   *
   * @throws BadQuery when it does not
   */
  public void check(String text) {
    textQuery(text);
  }

  /**
   * What a query's hits hold: their count, outlets, actor codes and months (with every article's
   * count by month, for the share of attention).
   */
  public Counts.Summary summary(Request r) {
    Query q = query(r);
    try {
      IndexSearcher s = searchers.acquire();
      try {
        Counts hits = s.search(q, Counts.manager());
        return hits.summary(allCounts(s));
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every article's counts, for the share of attention: once per version of the index. */
  private record AllCounts(Object reader, Counts counts) {}

  private volatile AllCounts allCounts;

  private Counts allCounts(IndexSearcher s) throws IOException {
    Object key = s.getIndexReader().getReaderCacheHelper().getKey();
    AllCounts cached = allCounts;
    if (cached == null || cached.reader() != key) {
      cached = new AllCounts(key, s.search(new MatchAllDocsQuery(), Counts.manager()));
      allCounts = cached;
    }
    return cached.counts();
  }

  private static String encode(FieldDoc d) {
    String date = ((BytesRef) d.fields[0]).utf8ToString();
    String id = ((BytesRef) d.fields[1]).utf8ToString();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((date + "\n" + id).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The sort values a cursor names; its document is the last one, so that only the sort values
   * (unique with the id) place it.
   */
  private static FieldDoc decode(String cursor, int maxDoc) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadQuery("the cursor is not one a search answered", e);
    }
    int nl = text.indexOf('\n');
    if (nl < 0 || text.indexOf('\n', nl + 1) >= 0) {
      throw new BadQuery("the cursor is not one a search answered", null);
    }
    return new FieldDoc(
        Math.max(0, maxDoc - 1),
        Float.NaN,
        new Object[] {new BytesRef(text.substring(0, nl)), new BytesRef(text.substring(nl + 1))});
  }

  @Override
  public void close() {
    try {
      searchers.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
