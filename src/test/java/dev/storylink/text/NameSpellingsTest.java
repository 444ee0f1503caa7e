package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 19: Turkish letters put back into a folded name; Russian case endings. */
class NameSpellingsTest {
  @Test
  void turkishCedillaIsPutBackFromTheWrittenForm() {
    assertThat(NameSpellings.withTurkishLetters("celik", "Çelik")).isEqualTo("çelik");
    assertThat(NameSpellings.withTurkishLetters("kilicdaroglu", "KILIÇDAROĞLU"))
        .isEqualTo("kiliçdaroglu");
    // only ç: the other Turkish letters (ş ğ ı) read the same in the key
    assertThat(NameSpellings.withTurkishLetters("cavusoglu", "Çavuşoğlu")).isEqualTo("çavusoglu");
    // no ç, or forms of another length: the term itself
    assertThat(NameSpellings.withTurkishLetters("macron", "Macron")).isEqualTo("macron");
    assertThat(NameSpellings.withTurkishLetters("celik", "Çelik'in")).isEqualTo("celik");
  }

  @Test
  void celikIsKeyedAsChelikFromItsWrittenForm() {
    // session 18: the analysed term celik gave jlk in Turkish text, Челик and چلیک klk
    String written = NameSpellings.withTurkishLetters("celik", "Çelik");
    assertThat(NameKeys.skeleton(written, "tr")).isEqualTo(NameKeys.skeleton("Челик"));
    assertThat(NameKeys.skeleton(written, "tr")).isEqualTo(NameKeys.skeleton("چلیک"));
    assertThat(NameKeys.skeleton("celik", "tr")).isNotEqualTo(NameKeys.skeleton("Челик"));
    // Bahçeli = Бахчели (was bhjl: the c of the folded bahceli read as j before e)
    String bahceli = NameSpellings.withTurkishLetters("bahceli", "Bahçeli");
    assertThat(NameKeys.skeleton(bahceli, "tr")).isEqualTo(NameKeys.skeleton("Бахчели"));
  }

  @Test
  void arabicTehSheenIsCh() {
    // session 22: Arabic writes ç and ch تش (was shlk for تشيليك, rshrd for ريتشارد)
    assertThat(NameSpellings.arabicCh("تشيليك")).isEqualTo("چيليك");
    assertThat(NameKeys.skeleton("تشيليك")).isEqualTo(NameKeys.skeleton("چلیک")).isEqualTo("klk");
    assertThat(NameKeys.skeleton("ريتشارد")).isEqualTo(NameKeys.skeleton("Richard"));
    assertThat(NameRomanizer.romanize("تشيليك")).isEqualTo("Chilik");
    assertThat(FactNameKeys.shortKey("تشاد")).isEqualTo(FactNameKeys.shortKey("Chad"));
    assertThat(NameSpellings.arabicCh("Putin")).isEqualTo("Putin");
  }

  @Test
  void aSoftCIsAlsoReadAsTurkishCedillaForASecondKey() {
    // session 22: English outlets write Çelik as Celik (skeleton slk, a soft c)
    assertThat(NameSpellings.softCAsTurkishC("Celik")).isEqualTo("çelik");
    assertThat(FactNameKeys.crossScriptKeys("celik")).containsExactly("slk", "klk");
    assertThat(FactNameKeys.crossScriptKeys("celik")).contains(NameKeys.skeleton("Челик"));
    // a word with a Turkish letter, no soft c, or another script: the word itself
    assertThat(NameSpellings.softCAsTurkishC("Çelik")).isEqualTo("Çelik");
    assertThat(NameSpellings.softCAsTurkishC("Macron")).isEqualTo("Macron");
    assertThat(NameSpellings.softCAsTurkishC("Челик")).isEqualTo("Челик");
  }

  @Test
  void russianObliqueStemsDropOneCaseEnding() {
    assertThat(NameSpellings.russianObliqueStem("Ване")).isEqualTo("ван");
    assertThat(NameSpellings.russianObliqueStem("Вану")).isEqualTo("ван");
    assertThat(NameSpellings.russianObliqueStem("Путину")).isEqualTo("путин");
    assertThat(NameSpellings.russianObliqueStem("Эрдоганом")).isEqualTo("эрдоган");
    // an -а may be a nominative (Нина); at least three letters are left; other scripts unchanged
    assertThat(NameSpellings.russianObliqueStem("Нина")).isEqualTo("нина");
    assertThat(NameSpellings.russianObliqueStem("Ру")).isEqualTo("ру");
    assertThat(NameSpellings.russianObliqueStem("Putinu")).isEqualTo("Putinu");
  }

  @Test
  void vanInTheLocativeHasTheShortKeyOfVan() {
    // session 18: Ване was keyed fani, Ван, Van and وان fan
    assertThat(FactNameKeys.shortKey("Ване")).isEqualTo("fan");
    assertThat(FactNameKeys.shortKey("ване")).isEqualTo(FactNameKeys.shortKey("وان"));
    assertThat(FactNameKeys.shortKey("Вану")).isEqualTo(FactNameKeys.shortKey("Van"));
    // a form in -а keeps its vowel: Нина = Nina, not Nin
    assertThat(FactNameKeys.shortKey("Нина")).isEqualTo(FactNameKeys.shortKey("Nina"));
    assertThat(FactNameKeys.shortKey("Вана")).isEqualTo("fana");
  }

  @Test
  void russianGenitiveStemDropsAnAAfterAConsonant() {
    // session 20: the stem is a second key only (story facts), as Вана may be a nominative
    assertThat(NameSpellings.russianGenitiveStem("Вана")).isEqualTo("ван");
    assertThat(FactNameKeys.shortKey(NameSpellings.russianGenitiveStem("Вана")))
        .isEqualTo(FactNameKeys.shortKey("Van"))
        .isEqualTo(FactNameKeys.shortKey("وان"));
    // no -а after a vowel (Майя), no stem under three letters (Яна), other scripts unchanged
    assertThat(NameSpellings.russianGenitiveStem("Майя")).isEqualTo("майя");
    assertThat(NameSpellings.russianGenitiveStem("Яна")).isEqualTo("яна");
    assertThat(NameSpellings.russianGenitiveStem("Vana")).isEqualTo("Vana");
  }

  @Test
  void aTurkishSoftGIsLeftOutOfTheSecondKey() {
    // Urdu outlets write Erdoğan اردوان, as it is said; others write the g (اردوغان, Эрдоган)
    String soft = NameSpellings.withoutSoftG("erdogan", "Erdoğan");
    assertThat(soft).isEqualTo("erdoan");
    assertThat(NameKeys.skeleton(soft, "tr")).isEqualTo(NameKeys.skeleton("اردوان"));
    assertThat(NameKeys.skeleton("erdogan", "tr")).isEqualTo(NameKeys.skeleton("اردوغان"));
    // a form without ğ, or of another length, is left as it is
    assertThat(NameSpellings.withoutSoftG("erdogan", "Erdogan")).isEqualTo("erdogan");
    assertThat(NameSpellings.withoutSoftG("erdogan", "Erdoğan'ın")).isEqualTo("erdogan");
  }
}
