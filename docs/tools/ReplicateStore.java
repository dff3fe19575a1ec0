// Builds a larger store from a small one, for measuring export: N copies of every stored result,
// copy c with every date shifted back by c whole years and new article, event and quote ids (the
// copies then compete with lookalikes as real news does). No NLP runs. The new store has no story
// state: the first export groups its articles. Usage (from the checkout, after a build):
//   cp=$(cat parallax-cli/target/classpath.txt)
//   java -cp "parallax-core/target/classes:parallax-store/target/classes:$cp" \
//     docs/tools/ReplicateStore.java FROM.db TO.db COPIES
import dev.parallax.model.Jsonl;
import dev.parallax.model.Article;
import dev.parallax.model.ContentId;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.store.RelationalStore;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds a store of N copies of a store's results, each copy's dates shifted by whole years. */
public class ReplicateStore {
  public static void main(String[] a) throws Exception {
    List<ArticleResult> base;
    try (RelationalStore in = RelationalStore.open(Path.of(a[0]))) { base = in.results(); }
    int copies = Integer.parseInt(a[2]);
    Pattern year = Pattern.compile("\"(20[0-9]{2})(-[0-9]{2}(-[0-9]{2})?)?\"");
    try (RelationalStore out = RelationalStore.open(Path.of(a[1]))) {
      for (int c = 0; c < copies; c++) {
        for (ArticleResult r : base) {
          String id = r.record().id();
          String nid = c == 0 ? id : ContentId.of('a', id, Integer.toString(c));
          String json = Jsonl.line(r).replace(id, nid);
          int shift = c;
          Matcher m = year.matcher(json);
          StringBuilder sb = new StringBuilder();
          while (m.find()) {
            int y = Integer.parseInt(m.group(1)) - shift;
            String rest = m.group(2) == null ? "" : m.group(2);
            if (rest.equals("-02-29")) rest = "-02-28";
            m.appendReplacement(sb, "\"" + y + rest + "\"");
          }
          m.appendTail(sb);
          // event and quote ids follow the article id: make them unique per copy
          String s = sb.toString();
          if (c > 0) s = s.replaceAll("\"id\":\"([vq])[0-9a-f]{2}([0-9a-f]{14})\"", "\"id\":\"$1" + String.format("%02x", c % 256) + "$2\"");
          var node = Jsonl.mapper().readTree(s);
          var mp = Jsonl.mapper();
          var tf = mp.getTypeFactory();
          out.save(new ArticleResult(
              Jsonl.readArticleRecord(node.get("record").toString()),
              mp.treeToValue(node.get("actors"), dev.parallax.actors.ArticleActors.class),
              mp.convertValue(node.get("events"), tf.constructCollectionType(List.class, dev.parallax.events.ExtractedEvent.class)),
              mp.convertValue(node.get("quotes"), tf.constructCollectionType(List.class, dev.parallax.quotes.ExtractedQuote.class)),
              mp.convertValue(node.get("scare_quotes"), tf.constructCollectionType(List.class, dev.parallax.quotes.ScareQuote.class)),
              List.of()));
        }
      }
    }
  }
}
