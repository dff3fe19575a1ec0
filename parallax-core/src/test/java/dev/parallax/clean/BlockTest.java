package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockTest {
  @Test
  void countsWordsOfSpacedScriptsByRuns() {
    assertThat(Block.words("The ferry sails at 9, twice a day.")).isEqualTo(8);
  }

  @Test
  void countsChineseAndJapaneseCharactersInPairs() {
    // 15 characters of Han and kana and a full stop: eight words, two characters a word.
    assertThat(Block.words("渡し船が三週間ぶりに運航を再開。")).isEqualTo(8);
    assertThat(Block.words("新しい橋 bridge")).isEqualTo(3);
  }

  @Test
  void aJapaneseSentenceIsProse() {
    String text = "港の渡し船が、桟橋の修理を終えて運航を再開した。";
    Block b = new Block(text, new Element("p"), Block.Kind.PARAGRAPH, List.of(), text.length(), 0);
    assertThat(ContentLocator.endsSentence(text)).isTrue();
    assertThat(ContentLocator.prose(b, ArticleBody.NONE)).isPositive();
  }
}
