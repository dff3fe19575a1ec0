package dev.parallax.eval;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML ({@code .tml}) files: the {@code TEXT} element's characters become the document
 * text, every TIMEX3 inside it a gold span; the {@code DCT}'s TIMEX3 value the creation time. Any
 * TIMEX3 marked {@code functionInDocument="CREATION_TIME"} is left out of the gold spans, as in
 * TempEval-3. Stateless and thread-safe.
 */
public final class TimemlReader {
  private static final XMLInputFactory FACTORY = newFactory();

  private TimemlReader() {}

  /** Every {@code .tml} file under {@code dir}, recursively, sorted by path. */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
  }

  /** Reads one file; the document id is the file name without {@code .tml}. */
  public static TimemlDocument read(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
    return parse(name, Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Parses TimeML markup.
   *
   * @throws IllegalArgumentException when the markup is not well-formed XML
   */
  public static TimemlDocument parse(String id, String xml) {
    try {
      XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(xml));
      try {
        return walk(id, r);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException(
          "not well-formed TimeML in " + id + ": " + e.getMessage(), e);
    }
  }

  private static TimemlDocument walk(String id, XMLStreamReader r) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    List<TimexSpan> gold = new ArrayList<>();
    String dct = null;
    boolean inText = false;
    boolean inDct = false;
    int timexStart = -1;
    String type = null;
    String value = null;
    boolean creation = false;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String tag = r.getLocalName();
        if (tag.equals("TEXT")) {
          inText = true;
        } else if (tag.equals("DCT")) {
          inDct = true;
        } else if (tag.equals("TIMEX3")) {
          type = r.getAttributeValue(null, "type");
          value = r.getAttributeValue(null, "value");
          creation = "CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"));
          if (inDct || (creation && dct == null)) {
            dct = value;
          }
          timexStart = text.length();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String tag = r.getLocalName();
        if (tag.equals("TEXT")) {
          inText = false;
        } else if (tag.equals("DCT")) {
          inDct = false;
        } else if (tag.equals("TIMEX3") && inText && !creation && text.length() > timexStart) {
          gold.add(new TimexSpan(timexStart, text.length(), type, value));
        }
      } else if (inText
          && (event == XMLStreamConstants.CHARACTERS
              || event == XMLStreamConstants.CDATA
              || event == XMLStreamConstants.SPACE)) {
        text.append(r.getText());
      }
    }
    return new TimemlDocument(id, text.toString(), dct, gold);
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // TimeML files are data: no DTDs, no external entities.
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
