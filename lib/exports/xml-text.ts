/**
 * Text for XML 1.0 content and attribute values. XML has no place for most control characters or lone surrogates:
 * they are dropped.
 */
export const xmlText = (s: string) =>
  s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
