package dev.parallax.testing;

/**
 * Short news texts in languages Parallax does not analyse, written for its tests (not taken from
 * any outlet): the same made-up report of border talks in each.
 */
public final class OtherLanguages {
  public static final String RUSSIAN =
      "Министр иностранных дел заявил во вторник, что переговоры о границе возобновятся в"
          + " следующем месяце. По его словам, обе стороны готовы к диалогу, но многие вопросы ещё"
          + " не решены. Представители Европейского союза также приедут на встречу, которая"
          + " пройдёт в столице.";

  public static final String SERBIAN_CYRILLIC =
      "Министар спољних послова изјавио је у уторак да ће се преговори о граници наставити"
          + " следећег месеца. Према његовим речима, обе стране су спремне за дијалог, али многа"
          + " питања још нису решена. Представници Европске уније ће такође доћи на састанак који"
          + " ће се одржати у главном граду.";

  public static final String SERBIAN_LATIN =
      "Ministar spoljnih poslova izjavio je u utorak da će se pregovori o granici nastaviti"
          + " sledećeg meseca. Prema njegovim rečima, obe strane su spremne za dijalog, ali mnoga"
          + " pitanja još nisu rešena. Predstavnici Evropske unije će takođe doći na sastanak koji"
          + " će se održati u glavnom gradu.";

  public static final String ALBANIAN =
      "Ministri i Punëve të Jashtme deklaroi të martën se bisedimet për kufirin do të rifillojnë"
          + " muajin e ardhshëm. Sipas tij, të dyja palët janë të gatshme për dialog, por shumë"
          + " çështje ende nuk janë zgjidhur. Përfaqësuesit e Bashkimit Evropian gjithashtu do të"
          + " vijnë në takimin që do të mbahet në kryeqytet.";

  private OtherLanguages() {}
}
