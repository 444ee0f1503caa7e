package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.features.QuantityRoles.RoleQuantity;
import dev.storylink.text.TextAnalysis;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule and per language, with real script. */
class QuantityRolesTest {
  private static List<String> keys(String lang, String text) {
    return QuantityRoles.find(text, TextAnalysis.analyze(text, lang).tokens(), lang).stream()
        .map(RoleQuantity::key)
        .toList();
  }

  @Test
  void aNumberWithAUnitOfMeasureHasNoRole() {
    assertThat(keys("en", "A climber was found dead after falling about 150 metres."))
        .as("a distance is no death toll")
        .isEmpty();
    assertThat(keys("fa", "کوهنورد پس از سقوط ۱۵۰ متر جان باخت و ۳ نفر زخمی شدند"))
        .containsExactly("injured:3");
    assertThat(keys("ar", "لقي متسلق حتفه بعد سقوطه من ارتفاع ١٥٠ مترا")).isEmpty();
    assertThat(keys("ru", "Альпинист погиб, сорвавшись с высоты 150 метров.")).isEmpty();
    assertThat(keys("en", "The blast killed 12 people 40 km from the capital."))
        .containsExactly("killed:12");
  }

  @Test
  void persianTonBeforeANounOfGoodsIsAWeightAndNoCountOfPersons() {
    assertThat(keys("fa", "ایران تاکنون ۲۰ تن دارو به وان فرستاد"))
        .as("tonnes of medicine")
        .isEmpty();
    assertThat(keys("fa", "هلال احمر ۵۰۰ تن کمک‌های غذایی و ۲۰ تن آرد ارسال کرد")).isEmpty();
    assertThat(keys("fa", "در این زلزله ۲۰ تن کشته شدند")).containsExactly("killed:20");
    assertThat(keys("fa", "۱۲ تن از مسافران به بیمارستان منتقل شدند")).containsExactly("people:12");
  }

  @Test
  void aTimeOfDayHasNoRole() {
    assertThat(keys("fa", "کوهنورد ساعت ۱۱:۱۲ جان باخت")).isEmpty();
    assertThat(keys("en", "At 13:26 the blast killed 12 people.")).containsExactly("killed:12");
  }

  @Test
  void aTollThatRoseToANumberGivesItsRole() {
    assertThat(keys("en", "The death toll from the floods in Kerman rose to 52 on Wednesday."))
        .containsExactly("killed:52");
    assertThat(keys("en", "The number of injured has risen to 85, officials said."))
        .containsExactly("injured:85");
    assertThat(keys("de", "Die Zahl der Todesopfer stieg auf 52.")).containsExactly("killed:52");
    assertThat(keys("ru", "Число погибших в Кермане выросло до 52 человек."))
        .containsExactly("killed:52");
    assertThat(keys("es", "El número de muertos ascendió a 52.")).containsExactly("killed:52");
    assertThat(keys("en", "Temperatures reached 45 in the afternoon."))
        .as("no role word before the rise: no role")
        .isEmpty();
    assertThat(keys("en", "The toll was 12, and prices rose to 52."))
        .as("not across a clause mark or another number")
        .containsExactly("killed:12");
  }

  @Test
  void casualtiesInEveryLanguage() {
    assertThat(keys("en", "The quake killed 12 people and injured 85 others."))
        .containsExactly("killed:12", "injured:85");
    assertThat(keys("en", "At least 12 people were killed and 85 were injured."))
        .containsExactly("killed:12", "injured:85");
    assertThat(keys("fa", "این زلزله ۱۲ کشته و ۸۵ زخمی بر جای گذاشت."))
        .containsExactly("killed:12", "injured:85");
    assertThat(keys("fa", "۱۲ نفر جان باختند و ۸۵ نفر مصدوم شدند"))
        .containsExactly("killed:12", "injured:85");
    assertThat(keys("ar", "أسفر الزلزال عن 12 قتيلا و٨٥ جريحا"))
        .containsExactly("killed:12", "injured:85");
    assertThat(keys("ar", "مقتل 12 شخصا وإصابة 85 آخرين"))
        .containsExactly("killed:12", "injured:85");
    // "at least" between the count noun and the verb: لقوا حتفهم (met their death)
    assertThat(keys("ar", "إن ٤٣ شخصاً على الأقل لقوا حتفهم وأصيب ٢١٠ آخرون."))
        .containsExactly("killed:43", "injured:210");
    assertThat(keys("ur", "زلزلے میں 12 افراد جاں بحق اور 85 زخمی ہوگئے"))
        .containsExactly("killed:12", "injured:85");
    assertThat(keys("ru", "12 погибших и 85 раненых")).containsExactly("killed:12", "injured:85");
    assertThat(keys("tr", "Depremde 12 kişi öldü, 85 kişi yaralandı"))
        .containsExactly("killed:12", "injured:85");
    assertThat(keys("de", "Bei dem Beben starben 12 Menschen, 85 wurden verletzt"))
        .containsExactly("killed:12", "injured:85");
    assertThat(keys("es", "El sismo dejó 12 muertos y 85 heridos"))
        .containsExactly("killed:12", "injured:85");
    assertThat(keys("fr", "Le séisme a fait 12 morts et 85 blessés"))
        .containsExactly("killed:12", "injured:85");
    assertThat(keys("zh", "地震造成12人死亡，85人受伤")).containsExactly("killed:12", "injured:85");
  }

  @Test
  void aNumberFollowedByAUnitOfTimeIsASpanWithoutRole() {
    assertThat(keys("en", "Twelve? No: 12 people died 3 days later in hospital."))
        .containsExactly("killed:12");
    assertThat(keys("en", "In the last 24 hours 40 people were injured."))
        .containsExactly("injured:40");
    assertThat(keys("ar", "لقي 12 شخصا حتفهم بعد 3 أيام من الزلزال")).containsExactly("killed:12");
    assertThat(keys("fa", "۳ روز بعد ۱۲ نفر جان باختند")).containsExactly("killed:12");
    assertThat(keys("tr", "3 gün sonra 12 kişi hayatını kaybetti")).containsExactly("killed:12");
    assertThat(keys("ru", "через 3 дня погибли 12 человек")).containsExactly("killed:12");
    assertThat(keys("de", "Nach 3 Tagen starben 12 Menschen")).containsExactly("killed:12");
    assertThat(keys("zh", "3天后12人死亡")).containsExactly("killed:12");
  }

  @Test
  void aRoleWordIntroducedByCountOfBelongsToTheNextNumber() {
    assertThat(keys("ar", "عدد ضحايا الفيروس ارتفع إلى 43 وعدد المصابين إلى 593"))
        .containsExactly("killed:43", "injured:593");
    assertThat(keys("fa", "شمار قربانیان به ۴۳ و تعداد مجروحان به ۵۹۳ رسید"))
        .containsExactly("killed:43", "injured:593");
  }

  @Test
  void magnitude() {
    assertThat(keys("en", "a magnitude 5.4 earthquake")).containsExactly("magnitude:5.4");
    assertThat(keys("en", "a 5.4-magnitude earthquake")).containsExactly("magnitude:5.4");
    assertThat(keys("fa", "زلزله‌ای به بزرگی ۵.۴ ریشتر")).containsExactly("magnitude:5.4");
    assertThat(keys("ru", "землетрясение магнитудой 5,4")).containsExactly("magnitude:5.4");
    assertThat(keys("zh", "发生5.4级地震")).containsExactly("magnitude:5.4");
  }

  @Test
  void moneyWithScaleAndCurrency() {
    assertThat(keys("en", "a loan of $2.5 million")).containsExactly("money:2500000:USD");
    assertThat(keys("ar", "قرض بقيمة 2.5 مليون دولار")).containsExactly("money:2500000:USD");
    assertThat(keys("fa", "وامی به ارزش ۲.۵ میلیون دلار")).containsExactly("money:2500000:USD");
    assertThat(keys("ru", "кредит в 2,5 млн долларов")).containsExactly("money:2500000:USD");
    assertThat(keys("de", "ein Kredit über 3 Milliarden Euro"))
        .containsExactly("money:3000000000:EUR");
  }

  @Test
  void percent() {
    assertThat(keys("en", "inflation rose 12% in May")).containsExactly("percent:12");
    assertThat(keys("tr", "enflasyon yüzde 12 arttı")).containsExactly("percent:12");
    assertThat(keys("fa", "تورم ۱۲ درصد افزایش یافت")).containsExactly("percent:12");
    assertThat(keys("ar", "ارتفع التضخم 12 بالمئة")).containsExactly("percent:12");
  }

  /** Each row: language, text, then the keys {@link QuantityRoles#find} must give, in order. */
  private static void expect(String[]... rows) {
    for (String[] row : rows) {
      assertThat(keys(row[0], row[1]))
          .as("%s: %s", row[0], row[1])
          .containsExactly(Arrays.copyOfRange(row, 2, row.length));
    }
  }

  @Test
  void aBareCountOfPeopleIsWeakerThanARole() {
    expect(
        new String[] {"en", "12 people attended", "people:12"},
        new String[] {"en", "12 people were killed", "killed:12"});
  }

  /** Rule 4: a specific role word before or after the count noun wins over it, per language. */
  @Test
  void aSpecificRoleWinsOverACountOfPeopleBeforeOrAfterIt() {
    expect(
        new String[] {"en", "An earthquake struck, killing 12 people.", "killed:12"},
        new String[] {"en", "The storm hit, injuring 85 people.", "injured:85"},
        new String[] {"en", "The quake left 12 people dead.", "killed:12"},
        new String[] {"ar", "مقتل 12 شخصا", "killed:12"},
        new String[] {"ar", "أسفر الزلزال عن مقتل 12 شخصا", "killed:12"},
        new String[] {"fa", "۱۲ نفر کشته شدند", "killed:12"},
        new String[] {"fa", "کشته شدن ۱۲ نفر", "killed:12"},
        new String[] {"ur", "12 افراد ہلاک", "killed:12"},
        new String[] {"tr", "12 kişi hayatını kaybetti", "killed:12"},
        new String[] {"tr", "Deprem 12 kişinin ölümüne neden oldu", "killed:12"},
        new String[] {"ru", "погибли 12 человек", "killed:12"},
        new String[] {"de", "12 Menschen kamen ums Leben", "killed:12"},
        new String[] {"de", "Das Beben tötete 12 Menschen", "killed:12"},
        new String[] {"es", "murieron 12 personas", "killed:12"},
        new String[] {"fr", "12 personnes ont été tuées", "killed:12"},
        new String[] {"zh", "地震造成12人死亡", "killed:12"});
  }

  /** Words of the file: participles and verbal nouns before the count. */
  @Test
  void participlesAndVerbalNounsBeforeTheCount() {
    expect(
        new String[] {"ar", "قتل 12 شخصا وجرح 85 آخرون", "killed:12", "injured:85"},
        new String[] {"ar", "استشهاد 12 فلسطينيا", "killed:12"},
        new String[] {"ru", "гибель 12 человек", "killed:12"},
        new String[] {"tr", "12 kişinin yaralanmasına neden oldu", "injured:12"},
        new String[] {"de", "mindestens 12 Menschen sterben", "killed:12"},
        new String[] {"es", "fallecieron 12 personas", "killed:12"},
        new String[] {"it", "uccidendo 12 persone", "killed:12"},
        new String[] {"pt", "matando 12 pessoas", "killed:12"},
        new String[] {"pl", "zabijając 12 osób", "killed:12"},
        new String[] {"nl", "waarbij 12 mensen om het leven kwamen", "killed:12"});
  }

  /** Rule 5: a role word between two numbers is the nearer one's; as near: a word before wins. */
  @Test
  void aRoleWordBetweenTwoNumbersIsTheNearerOnes() {
    expect(
        new String[] {
          "en",
          "The quake struck, killing at least 12 people and injuring 85 others.",
          "killed:12",
          "injured:85"
        },
        new String[] {
          "en", "The quake killed at least 12 people and injured 85.", "killed:12", "injured:85"
        },
        new String[] {"en", "12 people killed, 85 injured", "killed:12", "injured:85"},
        new String[] {"fa", "جان باختن ۱۲ نفر و زخمی شدن ۸۵ نفر", "killed:12", "injured:85"},
        new String[] {"es", "matando a 12 personas e hiriendo a 85", "killed:12", "injured:85"},
        new String[] {"fr", "tuant 12 personnes et blessant 85 autres", "killed:12", "injured:85"},
        new String[] {"zh", "12人死亡85人受伤", "killed:12", "injured:85"});
  }

  /** Rule 3: a word after a number is not taken across a clause mark. */
  @Test
  void aRoleWordAfterANumberIsNotTakenAcrossAComma() {
    expect(
        new String[] {"en", "It struck on 29 February 2020, killing 12 people", "killed:12"},
        new String[] {"en", "killed 12, injured 85", "killed:12", "injured:85"},
        new String[] {"ar", "وقع الزلزال عام 2020، مما أدى إلى مقتل 12 شخصا", "killed:12"});
  }

  @Test
  void aNumberWithoutARoleIsNotReturned() {
    assertThat(keys("en", "Room 12 of building 85 on page 3")).isEmpty();
    // the role word of another number is not taken across it
    assertThat(keys("en", "12 85 killed")).containsExactly("killed:85");
    // nor across a sentence end
    assertThat(keys("en", "He bought 12. Many were killed.")).isEmpty();
  }

  @Test
  void largeScaledCountsOfDisplacedAndArrested() {
    assertThat(keys("en", "2 million people were displaced")).containsExactly("displaced:2000000");
    assertThat(keys("fa", "۳۰ نفر بازداشت شدند")).containsExactly("arrested:30");
  }

  /** Rule 8 (session 29): a plain year with no role word right after it counts nobody. */
  @Test
  void aPlainYearWithoutItsOwnRoleWordIsNoCount() {
    assertThat(keys("en", "Crowds of people welcomed 2027 on the bridge."))
        .as("a year after a count noun is no head count")
        .isEmpty();
    assertThat(keys("en", "Two workers were killed in 2019 and 14 injured."))
        .as("no killed:2019")
        .containsExactly("killed:2", "injured:14");
    assertThat(keys("fa", "هزاران نفر سال ۲۰۲۷ را در میدان شهر جشن گرفتند")).isEmpty();
    assertThat(keys("es", "Miles de personas recibieron el 2027 en la plaza.")).isEmpty();
    // a year-shaped number with a count noun or role word right after it is a count
    assertThat(keys("en", "About 2000 people gathered in the square."))
        .containsExactly("people:2000");
    assertThat(keys("en", "The floods left 2000 dead.")).containsExactly("killed:2000");
    assertThat(keys("en", "The quake, killing 2000 people, hit at dawn."))
        .containsExactly("killed:2000");
    // with a separator it is no year
    assertThat(keys("en", "Police arrested 2,020 people in 2019."))
        .containsExactly("arrested:2020");
  }
}
