package dev.storylink.ingest;

import dev.storylink.core.Article;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts one article from a news web page with jsoup: headline, publication date, language,
 * outlet, canonical URL and the main text (the paragraphs of the block that holds most paragraph
 * text, with navigation, headers, footers, asides, scripts, styles and forms dropped). Works for
 * right-to-left pages (Arabic, Persian) as for any other script.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {

  private static final String NOISE =
      "nav, header, footer, aside, script, style, form, noscript, iframe, svg, button, select, "
          + "template, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
          + "[hidden]";

  /** Meta tag keys (name, property or itemprop, case-insensitive) in order of preference. */
  private static final List<String> DATE_KEYS =
      List.of(
          "article:published_time",
          "og:published_time",
          "datepublished",
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "dc.date",
          "dc.date.issued",
          "dcterms.date",
          "dcterms.created",
          "sailthru.date",
          "article:modified_time");

  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{1,64})\"");

  /** Creates an extractor. */
  public HtmlArticleExtractor() {}

  /**
   * Extracts the article of a page.
   *
   * @param html the page source
   * @param name input name used in error messages (file name or URL)
   * @param id the article id to use
   * @param pageUrl the address the page was fetched from, or {@code ""}; used to resolve relative
   *     links and as fallback URL and source
   * @throws IngestInputException when the page has neither a title nor any text
   */
  public Article extract(String html, String name, String id, String pageUrl) {
    return extract(Jsoup.parse(html, pageUrl), name, id, pageUrl);
  }

  /**
   * Extracts the article of a page already parsed ({@code doc}), as {@link #extract(String, String,
   * String, String)} does from its source: a fetched page is parsed once ({@link
   * ArticleReader#extractPage}).
   */
  public Article extract(Document doc, String name, String id, String pageUrl) {
    String title = title(doc);
    String url = canonicalUrl(doc, pageUrl);
    String source =
        firstNonBlank(meta(doc, "meta[property=og:site_name]"), host(url), host(pageUrl));
    String lang = JsonArticles.normalizeLang(language(doc));
    Optional<LocalDate> date = date(doc);
    String text = mainText(doc);
    if (title.isBlank() && text.isBlank()) {
      throw new IngestInputException(name, "no article title or text found in the HTML page");
    }
    if (date.isPresent()
        && (date.get().getYear() < ArticleLimits.MIN_YEAR
            || date.get().getYear() > ArticleLimits.MAX_YEAR)) {
      date = Optional.empty();
    }
    if (source.length() > ArticleLimits.MAX_SOURCE_CHARS) {
      source = source.substring(0, ArticleLimits.MAX_SOURCE_CHARS);
    }
    if (title.length() > ArticleLimits.MAX_TITLE_CHARS) {
      title = title.substring(0, ArticleLimits.MAX_TITLE_CHARS);
    }
    // a page's own metadata is a hint: what breaks a limit is dropped or cut, not refused
    return ArticleLimits.check(
        new Article(id, lang, title, text, date, source, ArticleLimits.url(url, w -> {})),
        name,
        w -> {});
  }

  /** The main text of a page, one paragraph per line; empty when the page has no text. */
  public String mainText(String html) {
    return mainText(Jsoup.parse(html));
  }

  private static String title(Document doc) {
    String t = meta(doc, "meta[property=og:title]");
    if (t.isBlank()) {
      t = meta(doc, "meta[name=twitter:title]");
    }
    Element h1 = doc.selectFirst("h1");
    String headline = h1 == null ? "" : HtmlText.normalize(leadingText(h1)).replace('\n', ' ');
    if (t.isBlank()) {
      t = withoutSiteName(HtmlText.normalize(doc.title()).replace('\n', ' '), headline);
    }
    if (t.isBlank()) {
      t = headline;
    }
    return HtmlText.normalize(t).replace('\n', ' ');
  }

  /**
   * The headline an {@code <h1>} writes: its text, or, when it holds paragraphs or other blocks,
   * its first line (the text before the first block): a page whose {@code <h1>} is never closed has
   * the rest of the page inside it (browsers and jsoup nest the following paragraphs in the
   * heading), so its headline is the heading's own words, not the whole page.
   */
  static String leadingText(Element h1) {
    if (h1.select("p, div, table, ul, ol, section, article").isEmpty()) {
      return h1.text(); // a closed heading, a <br> inside it read as a space
    }
    String text = HtmlText.elementToText(h1).strip(); // one line per block
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }

  private static final Pattern SITE_AFTER =
      Pattern.compile("\\s*[|\\-\u2013\u2014:\u00b7\u2022\u00bb]\\s*\\S.*");
  private static final Pattern SITE_BEFORE =
      Pattern.compile(".*\\S\\s*[|\\-\u2013\u2014:\u00b7\u2022\u00ab\u00bb]\\s*");

  /**
   * The headline of a page's {@code <title>} without the site's name: when the page's first {@code
   * <h1>} (at least 8 characters) opens the title and the rest follows a separator ({@code |},
   * {@code -}, en or em dash, {@code :}, middle dot, bullet, guillemet), as in {@code Earthquake
   * kills 34 | World News}, or closes it after one ({@code خبرگزاری - زلزله در وان}), the {@code
   * <h1>}, provided the rest (the site's name) is shorter than it; otherwise the title as written.
   */
  static String withoutSiteName(String title, String h1) {
    if (h1.length() < 8 || title.equals(h1)) {
      return title;
    }
    // the site's name is the shorter part: an <h1> that is the site's logo is no headline
    int rest = title.length() - h1.length();
    if (rest >= h1.length()) {
      return title;
    }
    if (title.startsWith(h1) && SITE_AFTER.matcher(title.substring(h1.length())).matches()) {
      return h1;
    }
    if (title.endsWith(h1) && SITE_BEFORE.matcher(title.substring(0, rest)).matches()) {
      return h1;
    }
    return title;
  }

  private static String canonicalUrl(Document doc, String pageUrl) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    String url = link == null ? "" : link.absUrl("href");
    if (url.isBlank() && link != null) {
      url = link.attr("href");
    }
    if (url.isBlank()) {
      url = meta(doc, "meta[property=og:url]");
    }
    url = url.strip();
    return firstNonBlank(ArticleLimits.isSafeUrl(url) ? url : "", pageUrl);
  }

  private static String language(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank() && html != null) {
      lang = html.attr("xml:lang");
    }
    if (lang.isBlank()) {
      lang = meta(doc, "meta[http-equiv~=(?i)content-language]");
    }
    if (lang.isBlank()) {
      lang = meta(doc, "meta[property=og:locale]");
    }
    return lang;
  }

  private static Optional<LocalDate> date(Document doc) {
    Elements metas = doc.select("meta[content]");
    for (String key : DATE_KEYS) {
      for (Element e : metas) {
        if (key.equalsIgnoreCase(e.attr("property").strip())
            || key.equalsIgnoreCase(e.attr("name").strip())
            || key.equalsIgnoreCase(e.attr("itemprop").strip())) {
          Optional<LocalDate> d = Dates.parseLenient(e.attr("content"));
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    // JSON-LD (schema.org NewsArticle, also inside an @graph): the first datePublished
    for (Element e : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(e.data());
      Optional<LocalDate> d = m.find() ? Dates.parseLenient(m.group(1)) : Optional.empty();
      if (d.isPresent()) {
        return d;
      }
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      Optional<LocalDate> d =
          Dates.parseLenient(firstNonBlank(e.attr("datetime"), e.attr("content"), e.text()));
      if (d.isPresent()) {
        return d;
      }
    }
    for (Element e : doc.select("time[datetime]")) {
      Optional<LocalDate> d = Dates.parseLenient(e.attr("datetime"));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static String mainText(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    body = body.clone();
    body.select(NOISE).remove();
    Elements paragraphs = body.select("p");
    // jsoup elements compare by identity; insertion order keeps ties deterministic
    Map<Element, Double> scores = new LinkedHashMap<>();
    List<Element> kept = new ArrayList<>();
    for (Element p : paragraphs) {
      if (isBoilerplate(p)) {
        continue;
      }
      kept.add(p);
      int len = p.text().length();
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, (double) len, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, len / 2.0, Double::sum);
        }
      }
    }
    if (kept.isEmpty()) {
      return HtmlText.elementToText(body);
    }
    Element best = null;
    double bestScore = -1;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    List<Element> containers = new ArrayList<>();
    containers.add(best);
    Element parent = best.parent();
    if (parent != null && best != body) {
      for (Element sibling : parent.children()) {
        if (sibling != best && scores.getOrDefault(sibling, 0.0) >= 0.25 * bestScore) {
          containers.add(sibling);
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Element p : kept) {
      if (containers.stream().anyMatch(c -> c == p || isInside(p, c))) {
        String t = p.text().strip();
        if (!t.isEmpty()) {
          if (!sb.isEmpty()) {
            sb.append('\n');
          }
          sb.append(t);
        }
      }
    }
    return sb.toString();
  }

  /** Link lists dressed as paragraphs ("Read more: ...") are mostly link text. */
  private static boolean isBoilerplate(Element p) {
    String text = p.text();
    if (text.isBlank()) {
      return true;
    }
    int linkText = 0;
    for (Element a : p.select("a")) {
      linkText += a.text().length();
    }
    return linkText > 0.6 * text.length();
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static String meta(Document doc, String selector) {
    Element e = doc.selectFirst(selector + "[content]");
    return e == null ? "" : e.attr("content").strip();
  }

  static String host(String url) {
    if (url.isBlank()) {
      return "";
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
