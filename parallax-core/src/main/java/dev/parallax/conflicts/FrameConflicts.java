package dev.parallax.conflicts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, among the claims of one story, the frames on which parties take opposite sides.
 *
 * <p>Each claim takes the net side of the stance phrases it holds on a frame (turned over when the
 * speaker denies the content). Each party then takes the net side of its claims, so a party that
 * says both is counted once, by its majority; a tie leaves it out. A frame is disputed when one
 * party asserts it and another asserts its opposite; the dispute keeps the claims that agree with
 * their party. Stateless and thread-safe.
 */
final class FrameConflicts {
  /** A disputed frame: the claims asserting its proposition and those asserting the opposite. */
  record Dispute(String frame, List<SpokenClaim> yes, List<SpokenClaim> no) {
    Dispute {
      yes = List.copyOf(yes);
      no = List.copyOf(no);
    }
  }

  private record Sided(SpokenClaim claim, int polarity) {}

  private final StanceLexicon lexicon;

  FrameConflicts(StanceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The disputed frames of one story's claims, in lexicon frame order of first appearance. */
  List<Dispute> find(List<SpokenClaim> claims) {
    Map<String, List<Sided>> byFrame = new LinkedHashMap<>();
    for (SpokenClaim c : claims) {
      stances(c)
          .forEach(
              (frame, polarity) ->
                  byFrame
                      .computeIfAbsent(frame, f -> new ArrayList<>())
                      .add(new Sided(c, polarity)));
    }
    List<Dispute> out = new ArrayList<>();
    byFrame.forEach(
        (frame, sided) -> {
          Dispute d = dispute(frame, sided);
          if (d != null) {
            out.add(d);
          }
        });
    return out;
  }

  /** The net polarity of a claim on each frame it touches (frames with a tie left out). */
  Map<String, Integer> stances(SpokenClaim c) {
    Map<String, Integer> net = new LinkedHashMap<>();
    for (Stance s : lexicon.read(c.claim().text())) {
      net.merge(s.frame(), s.polarity(), Integer::sum);
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    net.forEach(
        (frame, sum) -> {
          if (sum != 0) {
            out.put(frame, Integer.signum(sum) * (c.denial() ? -1 : 1));
          }
        });
    return out;
  }

  private static Dispute dispute(String frame, List<Sided> sided) {
    Map<String, Integer> partyNet = new LinkedHashMap<>();
    for (Sided s : sided) {
      partyNet.merge(s.claim().side(), s.polarity(), Integer::sum);
    }
    List<SpokenClaim> yes = new ArrayList<>();
    List<SpokenClaim> no = new ArrayList<>();
    for (Sided s : sided) {
      int party = Integer.signum(partyNet.get(s.claim().side()));
      if (party != 0 && party == s.polarity()) {
        (party > 0 ? yes : no).add(s.claim());
      }
    }
    return yes.isEmpty() || no.isEmpty() ? null : new Dispute(frame, yes, no);
  }
}
