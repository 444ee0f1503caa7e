package dev.storylink.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Converts HTML fragments to plain text with one line per block. Stateless and thread-safe. */
final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "tr",
          "table",
          "section",
          "article",
          "header",
          "footer",
          "pre",
          "dd",
          "dt",
          "figcaption",
          "hr",
          "main",
          "aside",
          "nav",
          "body");

  private HtmlText() {}

  /** Plain text of an HTML fragment (or of text that contains no markup at all). */
  static String fragmentToText(String html) {
    if (html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return normalize(html);
    }
    return elementToText(Jsoup.parseBodyFragment(html).body());
  }

  /** Plain text of an element: block elements end lines, whitespace inside lines collapsed. */
  static String elementToText(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              sb.append(t.getWholeText());
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              sb.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              sb.append('\n');
            }
          }
        },
        root);
    return normalize(sb.toString());
  }

  /** Collapses whitespace within lines, drops blank lines, strips. */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\\R")) {
      String l = line.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f]+", " ").strip();
      if (!l.isEmpty()) {
        if (!out.isEmpty()) {
          out.append('\n');
        }
        out.append(l);
      }
    }
    return out.toString();
  }
}
