import type { RichParagraph } from "./rich-paragraphs";
import { safeUrl } from "./safe-url";

/** Text for HTML and XML content and attribute values. */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** A paragraph's runs as HTML, links kept (http(s)/mailto only). */
export const paragraphHtml = (runs: RichParagraph) =>
  runs
    .map((r) => {
      const href = safeUrl(r.href);
      return href ? `<a href="${escapeHtml(href)}">${escapeHtml(r.text)}</a>` : escapeHtml(r.text);
    })
    .join("");

export const paragraphsHtml = (paragraphs: RichParagraph[]) =>
  paragraphs.map((p) => `<p>${paragraphHtml(p)}</p>`).join("");
