package dev.parallax.eval.cli;

import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.eval.NerEvaluation;
import dev.parallax.eval.NerScore;
import dev.parallax.model.Jsonl;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax eval ner}: the name tagger of profile NAMES on a CoNLL-2003 file. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the name tagger (profile NAMES: CoreNLP's CoNLL 4-class CRF) on a CoNLL-2003 file"
          + " (WORD POS CHUNK NER per line, IOB tags; blank lines end sentences, -DOCSTART-"
          + " documents), fed the gold tokens. Entity-level exact precision, recall and F1, as"
          + " conlleval counts them; classes map PERSON/ORGANIZATION/LOCATION/MISC to"
          + " PER/ORG/LOC/MISC.",
      "Last line: {\"task\":\"ner\",\"f1\":..,\"precision\":..,\"recall\":..,\"n\":..} where n is"
          + " the number of gold entities.",
      ""
    },
    footer = {"", "Example:", "  parallax eval ner --data ../shared/eval/conll2003/valid.txt"})
final class EvalNerCommand implements Callable<Integer> {
  @CommandLine.Mixin GoldSet goldSet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path data = goldSet.path();
    if (!Files.isRegularFile(data)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + data);
    }
    NerScore score = new NerEvaluation(CoreNlpAnnotators.pretokenisedNames()).run(data);
    PrintWriter out = spec.commandLine().getOut();
    out.print(score.report());
    out.println(Jsonl.line(score.summary()));
    out.flush();
    return 0;
  }
}
