import "server-only";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { RichParagraph } from "../rich-paragraphs";
import { safeUrl } from "../safe-url";
import { xmlText } from "../xml-text";

/** One Word comment of a thread: its author, date and paragraphs (a bold paragraph heads a part of it). */
export interface WordComment {
  author: string;
  /** ISO 8601. */
  date: string;
  paragraphs: { runs: RichParagraph; bold?: boolean }[];
}

/**
 * A claim's thread: the first comment and its replies, numbered from `firstId` (Word threads one level deep, so every
 * reply answers the first comment).
 */
export interface WordThread {
  firstId: number;
  comments: WordComment[];
}

/** The three package parts a thread adds to, as XML fragments. */
interface ThreadXml {
  comments: string;
  extended: string;
  relationships: string;
}

/** What docx writes for threaded comments: the paragraph ids commentsExtended.xml links replies by. */
const paraId = (id: number) => (id + 1).toString(16).toUpperCase().padStart(8, "0");

const HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

function threadXml({ firstId, comments }: WordThread): ThreadXml {
  let xml = "";
  let extended = "";
  let relationships = "";
  comments.forEach((comment, k) => {
    const id = firstId + k;
    const paragraphs = comment.paragraphs.length ? comment.paragraphs : [{ runs: [] }];
    xml += `<w:comment w:id="${id}" w:author="${xmlText(comment.author)}" w:date="${comment.date}">`;
    paragraphs.forEach(({ runs, bold }, p) => {
      // The last paragraph carries the comment's paragraph id (as docx and Word write it).
      xml += p === paragraphs.length - 1 ? `<w:p w14:paraId="${paraId(id)}" w14:textId="${paraId(id)}">` : "<w:p>";
      runs.forEach((run, r) => {
        const href = safeUrl(run.href);
        const props = `${href ? '<w:rStyle w:val="Hyperlink"/>' : ""}${bold ? "<w:b/><w:bCs/>" : ""}`;
        const text = `<w:r>${props && `<w:rPr>${props}</w:rPr>`}<w:t xml:space="preserve">${xmlText(run.text)}</w:t></w:r>`;
        if (!href) {
          xml += text;
          return;
        }
        // Relationship ids of the comment's own (unique in the part: comment ids are).
        const rel = `rIdc${id}l${p}r${r}`;
        relationships += `<Relationship Id="${rel}" Type="${HYPERLINK}" Target="${xmlText(href)}" TargetMode="External"/>`;
        xml += `<w:hyperlink w:history="1" r:id="${rel}">${text}</w:hyperlink>`;
      });
      xml += "</w:p>";
    });
    xml += "</w:comment>";
    extended +=
      k === 0
        ? `<w15:commentEx w15:paraId="${paraId(id)}"/>`
        : `<w15:commentEx w15:paraId="${paraId(id)}" w15:paraIdParent="${paraId(firstId)}"/>`;
  });
  return { comments: xml, extended, relationships };
}

/**
 * Each thread's XML kept by its content (ids included) in this process (the export worker lives between jobs): a
 * long document changed in one claim writes that claim's thread again, not all of them. Bounded; least recently used
 * dropped first.
 */
const kept = new LRUCache<string, ThreadXml>({ max: 20_000 });
function keptThreadXml(thread: WordThread): ThreadXml {
  const key = createHash("sha256").update(JSON.stringify(thread)).digest("base64url");
  let xml = kept.get(key);
  if (!xml) {
    xml = threadXml(thread);
    kept.set(key, xml);
  }
  return xml;
}

const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/**
 * Word's comments part, its relationships (the comments' links) and commentsExtended part (the replies' threading),
 * written from the threads here rather than as docx's element objects: on a long document those were most of a Word
 * export's time, all of it spent again after any change. The paths are those docx gives the parts it registers.
 */
export function commentParts(threads: WordThread[]): { path: string; data: string }[] {
  const parts = threads.map(keptThreadXml);
  const join = (key: keyof ThreadXml) => parts.map((p) => p[key]).join("");
  return [
    {
      path: "word/comments.xml",
      data: `${DECLARATION}<w:comments xmlns:w="${W}" xmlns:w14="${W14}" xmlns:r="${R}" xmlns:mc="${MC}" mc:Ignorable="w14">${join("comments")}</w:comments>`,
    },
    {
      path: "word/_rels/comments.xml.rels",
      data: `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${join("relationships")}</Relationships>`,
    },
    {
      path: "word/commentsExtended.xml",
      data: `${DECLARATION}<w15:commentsEx xmlns:w15="${W15}" xmlns:mc="${MC}" mc:Ignorable="w15">${join("extended")}</w15:commentsEx>`,
    },
  ];
}
