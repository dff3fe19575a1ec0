package dev.parallax.eval.baseline;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.JCasFactoryImpl;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.eval.TimexSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;

/**
 * HeidelTime 2.2.1's English news rules, for comparison with Parallax's time layer in {@code eval
 * timex --engine heideltime}. HeidelTime's standalone runner tags with a Stanford POS tagger of
 * CoreNLP 3.x whose tokenizer options CoreNLP 4.5 rejects, and reads a {@code config.props} the jar
 * does not ship; so this class sets the configuration itself ({@code heideltime.properties}),
 * builds the CAS from the type system descriptor inside the jar, and fills it with Parallax's own
 * sentences, tokens and POS tags before HeidelTime's annotator runs. Not thread-safe (one UIMA
 * annotator instance): calls are synchronised.
 */
public final class HeidelTimeTagger {
  private final JCasFactoryImpl cases;
  private final HeidelTime annotator;

  public HeidelTimeTagger() {
    Config.setProps(settings());
    try {
      TypeSystemDescription types =
          UIMAFramework.getXMLParser()
              .parseTypeSystemDescription(
                  new XMLInputSource(
                      HeidelTime.class.getClassLoader().getResource(Config.get("typeSystemHome"))));
      cases = new JCasFactoryImpl(new TypeSystemDescription[] {types});
      annotator = new HeidelTime();
      annotator.initialize(new UimaContextImpl(Language.ENGLISH, DocumentType.NEWS, false));
    } catch (Exception e) {
      throw new IllegalStateException("HeidelTime could not be set up: " + e.getMessage(), e);
    }
  }

  /**
   * HeidelTime's TIMEX3s in {@code text}.
   *
   * @param sentences the text's sentences, tokens POS-tagged (Penn Treebank tags)
   * @param day the document date, {@code yyyy-MM-dd}
   */
  public synchronized List<TimexSpan> tag(String text, List<Sentence> sentences, String day) {
    try {
      JCas cas = cases.createJCas();
      cas.setDocumentText(text);
      for (Sentence s : sentences) {
        var sentence = new de.unihd.dbs.uima.types.heideltime.Sentence(cas, s.start(), s.end());
        sentence.addToIndexes();
        for (Token t : s.tokens()) {
          var token = new de.unihd.dbs.uima.types.heideltime.Token(cas, t.start(), t.end());
          token.setPos(t.pos());
          token.addToIndexes();
        }
      }
      Dct dct = new Dct(cas);
      dct.setValue(day.replace('-', '.') + "T00:00");
      dct.addToIndexes();
      annotator.process(cas);
      List<TimexSpan> out = new ArrayList<>();
      for (Annotation a : cas.getAnnotationIndex(Timex3.type)) {
        Timex3 t = (Timex3) a;
        if (t.getEnd() > t.getBegin()) {
          out.add(new TimexSpan(t.getBegin(), t.getEnd(), t.getTimexType(), t.getTimexValue()));
        }
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException("HeidelTime failed: " + e.getMessage(), e);
    }
  }

  private static Properties settings() {
    Properties p = new Properties();
    try (InputStream in = HeidelTimeTagger.class.getResourceAsStream("heideltime.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing resource heideltime.properties: a broken build");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
