package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.PartialDate;
import dev.parallax.stories.StoryOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping as a stored corpus grows over several runs, against grouping in one run. */
class StoryEvaluationBatchesTest {
  private static final String[][] REPORTS = {
    {
      "bridge",
      "Harbour bridge closes after cracks found in its main span",
      "Engineers closed the Harbour bridge in Portvale on Monday after inspectors found cracks in"
          + " its main steel span. The city transport office said ferries would carry commuters"
          + " while the Harbour bridge stays shut for repairs to the cracked span."
    },
    {
      "bridge",
      "Portvale shuts Harbour bridge over cracked span",
      "Portvale's transport office shut the Harbour bridge after cracks were found in the main"
          + " span by inspectors. Commuters were told to take ferries across the harbour while"
          + " engineers repair the cracked steel span of the bridge."
    },
    {
      "bridge",
      "Ferries carry commuters as cracked Harbour bridge stays shut",
      "Ferries carried thousands of commuters across the harbour on Tuesday as the Harbour bridge"
          + " in Portvale stayed shut. Engineers said repairs to the cracks in the main steel span"
          + " of the bridge would take weeks."
    },
    {
      "orchestra",
      "Lindmark orchestra cancels winter tour over unpaid wages",
      "The Lindmark Symphony Orchestra cancelled its winter tour after musicians said they had"
          + " not been paid for three months. The orchestra's board said the violinists and"
          + " cellists would be paid before any concert of the tour is rescheduled."
    },
    {
      "orchestra",
      "Unpaid musicians force Lindmark Symphony to drop tour",
      "Musicians of the Lindmark Symphony Orchestra, unpaid for three months, forced the board to"
          + " cancel the winter tour. Violinists and cellists said no concert would be played"
          + " until the orchestra pays the wages it owes."
    },
    {
      "orchestra",
      "Lindmark Symphony board promises wages after tour is cancelled",
      "The board of the Lindmark Symphony Orchestra promised to pay the musicians' wages owed for"
          + " three months, days after the winter tour was cancelled. The violinists and cellists"
          + " welcomed the promise of the orchestra's board."
    }
  };

  private static List<BasilCorpus.Item> items() {
    List<BasilCorpus.Item> items = new ArrayList<>();
    for (int i = 0; i < REPORTS.length; i++) {
      String[] r = REPORTS[i];
      Article a =
          new Article(
              "a" + i,
              "a" + i + ".txt",
              "Outlet " + (i % 3),
              r[1],
              PartialDate.parse("2031-05-0" + (1 + i % 3)),
              DateSource.PAGE,
              "en",
              r[2],
              List.of());
      items.add(new BasilCorpus.Item(a, r[0], 2031, List.of()));
    }
    return items;
  }

  @Test
  void growingOverRunsGroupsAsOneRunDoes() {
    StoryEvaluation evaluation = new StoryEvaluation(KnowledgeBase.builtIn());
    StoryEvaluation.Result one = evaluation.run(items(), StoryOptions.DEFAULTS);
    assertThat(one.scores().bcubed().f1()).as("one run").isEqualTo(1.0);
    for (int batches : new int[] {1, 2, 3, 6}) {
      StoryEvaluation.Result b = evaluation.runInBatches(items(), StoryOptions.DEFAULTS, batches);
      assertThat(b.stories()).as("%d batches", batches).hasSize(2);
      assertThat(StoryEvaluation.agreement(b, one).bcubed().f1()).isEqualTo(1.0);
      // the stories keep the ids their founders gave them, run after run
      assertThat(b.stories().stream().map(s -> s.id()).sorted().toList())
          .isEqualTo(one.stories().stream().map(s -> s.id()).sorted().toList());
    }
  }

  @Test
  void atLeastOneBatch() {
    StoryEvaluation evaluation = new StoryEvaluation(KnowledgeBase.builtIn());
    assertThatThrownBy(() -> evaluation.runInBatches(items(), StoryOptions.DEFAULTS, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
