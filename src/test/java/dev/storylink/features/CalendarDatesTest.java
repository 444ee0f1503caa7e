package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.features.CalendarDates.DateMention;
import dev.storylink.text.TextAnalysis;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per date form, with real script; every date here is 29 February 2020 unless named. */
class CalendarDatesTest {
  private static final LocalDate LEAP_DAY = LocalDate.of(2020, 2, 29);

  private static List<DateMention> find(String lang, String text, LocalDate published) {
    return CalendarDates.find(
        text, TextAnalysis.analyze(text, lang).tokens(), lang, Optional.ofNullable(published));
  }

  private static List<LocalDate> days(String lang, String text, LocalDate published) {
    return find(lang, text, published).stream().map(d -> d.day().orElseThrow()).toList();
  }

  @Test
  void solarHijriWithPersianDigits() {
    List<DateMention> found = find("fa", "زلزله روز ۱۰ اسفند ۱۳۹۸ در استان کرمان رخ داد.", null);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).key()).isEqualTo("2020-02-29");
    assertThat(found.get(0).calendar()).isEqualTo(DateCalendar.SOLAR_HIJRI);
    assertThat(found.get(0).surface()).isEqualTo("۱۰ اسفند ۱۳۹۸");
  }

  @Test
  void solarHijriWithoutYearResolvedAgainstPublication() {
    assertThat(days("fa", "این زلزله ۱۰ اسفند رخ داد.", LocalDate.of(2020, 3, 1)))
        .containsExactly(LEAP_DAY);
    // without a publication date only month and day are kept, as most years give them
    assertThat(find("fa", "این زلزله ۱۰ اسفند رخ داد.", null))
        .extracting(DateMention::key)
        .containsExactly("03-01");
  }

  @Test
  void solarHijriMonthAndDayWithTheYearInferredAcrossLeapYears() {
    String text = "سیل روز ۱۲ اسفند کرمان را فرا گرفت.";
    // 1403 is a leap year (30 Esfand), and so is Gregorian 2024: Esfand falls a day earlier
    assertThat(days("fa", text, LocalDate.of(2024, 3, 5)))
        .containsExactly(LocalDate.of(2024, 3, 2));
    assertThat(days("fa", text, LocalDate.of(2025, 3, 3)))
        .containsExactly(LocalDate.of(2025, 3, 2));
    assertThat(days("fa", text, LocalDate.of(2026, 3, 4)))
        .containsExactly(LocalDate.of(2026, 3, 3));
    assertThat(days("fa", text, LocalDate.of(2023, 4, 1)))
        .containsExactly(LocalDate.of(2023, 3, 3));
    assertThat(days("fa", "۳۰ اسفند", LocalDate.of(2025, 3, 22)))
        .containsExactly(LocalDate.of(2025, 3, 20));
    assertThat(days("fa", "۱ فروردین", LocalDate.of(2024, 3, 25)))
        .containsExactly(LocalDate.of(2024, 3, 20));
    assertThat(days("fa", "۱ فروردین", LocalDate.of(2025, 3, 25)))
        .containsExactly(LocalDate.of(2025, 3, 21));
    // without a year or publication date: the day most years give, not 1398's (a day early)
    assertThat(find("fa", text, null)).extracting(DateMention::key).containsExactly("03-03");
    assertThat(find("fa", "۳۰ اسفند", null)).extracting(DateMention::key).containsExactly("03-20");
    assertThat(find("fa", "۱۵ مهر", null)).extracting(DateMention::key).containsExactly("10-07");
  }

  @Test
  void solarHijriNumeric() {
    assertThat(find("fa", "تاریخ: ۱۳۹۸/۱۲/۱۰", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29");
  }

  @Test
  void afghanSolarMonths() {
    // 10 Hut 1398 = 10 Esfand 1398
    assertThat(find("fa", "این حادثه در ۱۰ حوت ۱۳۹۸ رخ داد", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29");
  }

  @Test
  void arabicEgyptianMonthsAndArabicIndicDigits() {
    assertThat(find("ar", "وقع الزلزال يوم ٢٩ فبراير ٢٠٢٠ في إيران", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29");
  }

  @Test
  void arabicLevantineMonthsOfTwoWords() {
    assertThat(find("ar", "اتصال هاتفي في 29 شباط 2020", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29");
    assertThat(find("ar", "جرت الانتخابات في 12 تشرين الأول 2019 و 3 كانون الثاني 2020", null))
        .extracting(DateMention::key)
        .containsExactly("2019-10-12", "2020-01-03");
  }

  @Test
  void hijri() {
    List<DateMention> found = find("ar", "الموافق 5 رجب 1441 هـ", null);
    assertThat(found).extracting(DateMention::key).containsExactly("2020-02-29");
    assertThat(found.get(0).calendar()).isEqualTo(DateCalendar.HIJRI);
    // a Hijri day without a year is no day at all without a publication date
    assertThat(find("ar", "في 5 رجب", null)).isEmpty();
    assertThat(days("ar", "في 5 رجب", LocalDate.of(2020, 3, 1))).containsExactly(LEAP_DAY);
  }

  @Test
  void urduTurkishRussianChineseEnglish() {
    assertThat(find("ur", "29 فروری 2020 کو زلزلہ آیا", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29");
    assertThat(find("tr", "Deprem 29 Şubat 2020 Cumartesi günü oldu", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29");
    assertThat(find("ru", "Землетрясение произошло 29 февраля 2020 года", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29");
    assertThat(find("zh", "2020年2月29日发生地震", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29");
    assertThat(find("en", "The quake struck on Feb. 29, 2020, and again on March 3", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29", "03-03");
  }

  @Test
  void numericDates() {
    assertThat(find("de", "Am 29.02.2020 und am 2020-03-01", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29", "2020-03-01");
    assertThat(find("fr", "le 29/02/2020", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29");
  }

  @Test
  void weekdaysResolvedAgainstPublication() {
    LocalDate monday = LocalDate.of(2020, 3, 2);
    assertThat(days("en", "The quake struck on Saturday.", monday)).containsExactly(LEAP_DAY);
    assertThat(days("fa", "زلزله روز شنبه رخ داد", monday)).containsExactly(LEAP_DAY);
    assertThat(days("ar", "وقع الزلزال يوم السبت", monday)).containsExactly(LEAP_DAY);
    assertThat(days("ru", "Землетрясение произошло в субботу", monday)).containsExactly(LEAP_DAY);
    // the same weekday as the publication is that day
    assertThat(days("en", "on Saturday", LEAP_DAY)).containsExactly(LEAP_DAY);
    // without a publication date a weekday is no date
    assertThat(find("en", "on Saturday", null)).isEmpty();
  }

  @Test
  void aComingWeekdayIsResolvedAhead() {
    // the user run of session 23: an article dated Monday 30 Nov 2026 read Tuesday as 24 Nov
    LocalDate monday = LocalDate.of(2026, 11, 30);
    LocalDate tuesday = LocalDate.of(2026, 12, 1);
    assertThat(
            days(
                "en", "The regional government said schools would stay closed on Tuesday.", monday))
        .containsExactly(tuesday);
    assertThat(days("en", "Schools will reopen on Tuesday.", monday)).containsExactly(tuesday);
    assertThat(days("en", "Schools are to be closed on Tuesday.", monday)).containsExactly(tuesday);
    assertThat(days("de", "Am Dienstag wird die Schule geschlossen bleiben.", monday))
        .containsExactly(tuesday);
    assertThat(days("fr", "Les écoles seront fermées; le ministre va parler mardi.", monday))
        .containsExactly(tuesday);
    assertThat(days("ar", "سوف تبقى المدارس مغلقة يوم الثلاثاء", monday)).containsExactly(tuesday);
    assertThat(days("fa", "مدارس روز سه‌شنبه تعطیل خواهد بود", monday)).containsExactly(tuesday);
    assertThat(days("fa", "مدارس تا روز سه‌شنبه تعطیل خواهند ماند", monday))
        .containsExactly(tuesday);
    assertThat(days("ur", "اسکول منگل کو بند رہیں گے", monday)).containsExactly(tuesday);
  }

  @Test
  void aWeekdayWithoutAFutureMarkerStaysPast() {
    LocalDate monday = LocalDate.of(2026, 11, 30);
    LocalDate lastTuesday = LocalDate.of(2026, 11, 24);
    assertThat(days("en", "Schools were closed on Tuesday.", monday)).containsExactly(lastTuesday);
    // a marker after the weekday, in English, is about what follows: "said on Tuesday it would"
    assertThat(days("en", "The minister said on Tuesday that schools would reopen.", monday))
        .containsExactly(lastTuesday);
    // a marker in another sentence says nothing of this one
    assertThat(days("en", "Schools will reopen. They were closed on Tuesday.", monday))
        .containsExactly(lastTuesday);
    // the Arabic prefix س glued to a word is not read: سيول is "floods"
    assertThat(days("ar", "ضربت سيول المنطقة يوم الثلاثاء", monday)).containsExactly(lastTuesday);
  }

  @Test
  void aWeekdayOfAnotherLanguageIsNoDate() {
    LocalDate tuesday = LocalDate.of(2026, 3, 3);
    // Persian هفته is "week"; Urdu ہفتہ (Saturday) folds to the same letters
    assertThat(find("fa", "مدارس شهر کرمان تا پایان هفته تعطیل شد.", tuesday)).isEmpty();
    assertThat(days("ur", "زلزلہ ہفتہ کو آیا", tuesday)).containsExactly(LocalDate.of(2026, 2, 28));
    assertThat(days("fa", "زلزله روز شنبه رخ داد", tuesday))
        .containsExactly(LocalDate.of(2026, 2, 28));
  }

  @Test
  void yesterday() {
    LocalDate march1 = LocalDate.of(2020, 3, 1);
    assertThat(days("fa", "دیروز زلزله آمد", march1)).containsExactly(LEAP_DAY);
    assertThat(days("ar", "وقع الزلزال أمس", march1)).containsExactly(LEAP_DAY);
    assertThat(days("en", "The earthquake struck yesterday", march1)).containsExactly(LEAP_DAY);
  }

  @Test
  void theFirstWrittenAsAWordBeforeAMonthName() {
    // Urdu and Persian یکم, "the 1st": Gregorian and Solar Hijri months alike
    assertThat(days("ur", "زلزلہ یکم مارس 2020 کو آیا", null))
        .containsExactly(LocalDate.of(2020, 3, 1));
    assertThat(days("fa", "زلزله یکم اسفند ۱۳۹۸ رخ داد", null))
        .containsExactly(LocalDate.of(2020, 2, 20));
    assertThat(find("fa", "زلزله یکم اسفند رخ داد", null))
        .extracting(DateMention::key)
        .containsExactly("02-20");
    // Persian اول is "first" of anything: "the first half of Esfand" is no day
    assertThat(find("fa", "در نیمه اول اسفند باران بارید", null)).isEmpty();
  }

  @Test
  void todayIsThePublicationDay() {
    LocalDate leap = LEAP_DAY;
    assertThat(days("en", "Schools are closed today after the earthquake", leap))
        .containsExactly(LEAP_DAY);
    assertThat(days("de", "Die Schulen bleiben heute geschlossen", leap)).containsExactly(LEAP_DAY);
    assertThat(days("fr", "Les écoles sont fermées aujourd'hui", leap)).containsExactly(LEAP_DAY);
    assertThat(days("es", "Las escuelas cierran hoy", leap)).containsExactly(LEAP_DAY);
    assertThat(days("it", "Le scuole restano chiuse oggi", leap)).containsExactly(LEAP_DAY);
    assertThat(days("pt", "As escolas fecham hoje", leap)).containsExactly(LEAP_DAY);
    assertThat(days("ru", "Сегодня школы закрыты", leap)).containsExactly(LEAP_DAY);
    assertThat(days("pl", "Szkoły są dziś zamknięte", leap)).containsExactly(LEAP_DAY);
    assertThat(days("pl", "Szkoły są dzisiaj zamknięte", leap)).containsExactly(LEAP_DAY);
    assertThat(days("tr", "Okullar bugün kapalı", leap)).containsExactly(LEAP_DAY);
    assertThat(days("fa", "مدارس کرمان امروز تعطیل است", leap)).containsExactly(LEAP_DAY);
    assertThat(days("ur", "کرمان میں آج اسکول بند ہیں", leap)).containsExactly(LEAP_DAY);
  }

  @Test
  void tomorrowIsTheDayAfterThePublicationDay() {
    LocalDate feb28 = LocalDate.of(2020, 2, 28);
    assertThat(days("en", "Schools will reopen tomorrow", feb28)).containsExactly(LEAP_DAY);
    assertThat(days("fr", "Les écoles rouvriront demain", feb28)).containsExactly(LEAP_DAY);
    assertThat(days("it", "Le scuole riaprono domani", feb28)).containsExactly(LEAP_DAY);
    assertThat(days("pt", "As escolas reabrem amanhã", feb28)).containsExactly(LEAP_DAY);
    assertThat(days("ru", "Школы откроются завтра", feb28)).containsExactly(LEAP_DAY);
    assertThat(days("pl", "Szkoły zostaną otwarte jutro", feb28)).containsExactly(LEAP_DAY);
    assertThat(days("tr", "Okullar yarın açılacak", feb28)).containsExactly(LEAP_DAY);
    assertThat(days("ar", "تفتح المدارس أبوابها غدا", feb28)).containsExactly(LEAP_DAY);
    assertThat(days("fa", "مدارس کرمان فردا باز می‌شوند", feb28)).containsExactly(LEAP_DAY);
  }

  @Test
  void wordsThatAlsoMeanSomethingElseAreNoDay() {
    LocalDate feb28 = LocalDate.of(2020, 2, 28);
    // اليوم is also "the day", Morgen "morning", mañana "morning", Urdu کل both yesterday and
    // tomorrow
    assertThat(find("ar", "وفي اليوم التالي أعيد فتح الطريق", feb28)).isEmpty();
    assertThat(find("de", "Am Morgen öffneten die Schulen", feb28)).isEmpty();
    assertThat(find("es", "Esta mañana abrieron las escuelas", feb28)).isEmpty();
    assertThat(find("ur", "کل اسکول کھلیں گے", feb28)).isEmpty();
    // each in its own language's text only: Persian فردا in an English text is no date
    assertThat(find("en", "The word فردا means tomorrow", null)).isEmpty();
  }

  @Test
  void datesThatDoNotExistAreNotRead() {
    assertThat(find("en", "on 31 February 2020 and 30 February", null))
        .extracting(DateMention::key)
        .containsExactly("02-30");
    assertThat(find("en", "99 February 2020, 2020-13-45, 45/13/2020", null)).isEmpty();
  }

  @Test
  void sameDayAcrossCalendars() {
    DateMention persian = find("fa", "۱۰ اسفند ۱۳۹۸", null).get(0);
    DateMention english = find("en", "February 29", null).get(0);
    DateMention hijri = find("ar", "5 رجب 1441", null).get(0);
    assertThat(persian.sameDay(english)).isTrue();
    assertThat(persian.sameDay(hijri)).isTrue();
    assertThat(persian.sameDay(find("en", "March 1, 2020", null).get(0))).isFalse();
  }

  @Test
  void datesWithLocalMonthNamesAndCjkForms() {
    assertThat(find("de", "Am 29. Februar 2020 telefonierte er", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29");
    assertThat(find("en", "On February 29 they spoke", null))
        .extracting(DateMention::key)
        .containsExactly("02-29");
    assertThat(find("ar", "في 29 فبراير أجرى روحاني اتصالا", null))
        .extracting(DateMention::key)
        .containsExactly("02-29");
    assertThat(find("ja", "プーチン氏は2月29日に電話した", null))
        .extracting(DateMention::key)
        .containsExactly("02-29");
    assertThat(find("ko", "푸틴은 2월 29일 통화했다", null))
        .extracting(DateMention::key)
        .containsExactly("02-29");
    assertThat(find("el", "Ο Πούτιν μίλησε στις 29 Φεβρουαρίου", null))
        .extracting(DateMention::key)
        .containsExactly("02-29");
    assertThat(find("en", "Published 2020-02-29 and 01/03/2020", null))
        .extracting(DateMention::key)
        .containsExactly("2020-02-29", "2020-03-01");
  }

  @Test
  void turkishMonthWithApostropheSuffix() {
    assertThat(find("tr", "Deprem 29 Şubat'ta Elazığ'da yaşandı.", null))
        .extracting(DateMention::key, DateMention::surface)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("02-29", "29 Şubat'ta"));
    assertThat(days("tr", "Deprem 29 Şubat'ta yaşandı.", LocalDate.of(2020, 3, 1)))
        .containsExactly(LEAP_DAY);
  }

  @Test
  void fixedDateHolidaysInEachLanguage() {
    LocalDate published = LocalDate.of(2020, 1, 2);
    LocalDate christmas = LocalDate.of(2019, 12, 25);
    assertThat(days("en", "Shops closed on Christmas Day.", published)).containsExactly(christmas);
    assertThat(days("es", "Las tiendas cerraron en Navidad.", published))
        .containsExactly(christmas);
    assertThat(days("tr", "Mağazalar Noel'de kapalıydı.", published)).containsExactly(christmas);
    assertThat(days("fa", "فروشگاه‌ها در کریسمس بسته بودند.", published))
        .containsExactly(christmas);
    assertThat(days("ar", "أغلقت المتاجر في عيد الميلاد المجيد.", published))
        .containsExactly(christmas);
    // the longest name wins: Christmas Eve is the 24th, New Year's Eve the 31st
    assertThat(days("en", "On Christmas Eve and on New Year's Eve.", published))
        .containsExactly(LocalDate.of(2019, 12, 24), LocalDate.of(2019, 12, 31));
    // a year written after the name is its year; without a publication date only month and day
    assertThat(find("en", "It snowed at Christmas 2018.", null))
        .extracting(DateMention::key)
        .containsExactly("2018-12-25");
    assertThat(find("de", "Zu Weihnachten schneite es.", null))
        .extracting(DateMention::key)
        .containsExactly("12-25");
  }

  @Test
  void nowruzIsTheFirstOfFarvardin() {
    // 1 Farvardin 1399 fell on 20 March 2020, 1 Farvardin 1398 on 21 March 2019
    assertThat(days("fa", "مراسم نوروز برگزار شد.", LocalDate.of(2020, 3, 15)))
        .containsExactly(LocalDate.of(2020, 3, 20));
    assertThat(days("en", "Nowruz celebrations began.", LocalDate.of(2019, 3, 18)))
        .containsExactly(LocalDate.of(2019, 3, 21));
  }

  @Test
  void holidayNamesOnlyInTheirLanguage() {
    // English "Natal" is no holiday (Portuguese Natal is Christmas); Russian Рождество is left out
    assertThat(find("en", "Flooding hit Natal province.", null)).isEmpty();
    assertThat(find("pt", "O Natal foi tranquilo.", null))
        .extracting(DateMention::key)
        .containsExactly("12-25");
    assertThat(find("ru", "Рождество отметили тихо.", null)).isEmpty();
  }
}
