"use client";

import type { JSONContent } from "@tiptap/core";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useEffect, useId } from "react";
import { MentionNode, richTextExtensions } from "@/lib/rich-text/extensions";
import { mentionSuggestion } from "./mention-suggestion";

type Person = { id: string; name: string };

const EMPTY: JSONContent = { type: "doc", content: [{ type: "paragraph" }] };

/**
 * The Tiptap editor for rationales and comments, on the shared extension list (the server validates against the
 * same schema). Only the reviewer workspace loads it; readers get server-rendered HTML.
 */
export function RichTextEditor({
  label,
  value,
  onChange,
  people,
  id,
}: {
  label: string;
  value: JSONContent | null;
  onChange: (doc: JSONContent) => void;
  people: Person[];
  id?: string;
}) {
  const fallbackId = useId();
  const labelId = `${id ?? fallbackId}-label`;
  const editor = useEditor({
    immediatelyRender: false,
    extensions: richTextExtensions.map((ext) =>
      ext.name === MentionNode.name
        ? MentionNode.configure({ suggestion: { ...MentionNode.options.suggestion, ...mentionSuggestion(people) } })
        : ext,
    ),
    content: value ?? EMPTY,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        class:
          "prose-editor min-h-24 rounded-b-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900",
        ...(id ? { id } : {}),
      },
    },
    // ProseMirror builds attrs as prototype-less objects, which server actions cannot receive: send plain JSON.
    onUpdate: ({ editor: e }) => onChange(JSON.parse(JSON.stringify(e.getJSON()))),
  });

  // A value replaced from outside (a restored draft, the server's version after a conflict) replaces the content,
  // also when it is empty: the editor must never keep showing text that is not what the form holds.
  useEffect(() => {
    if (editor && JSON.stringify(value ?? EMPTY) !== JSON.stringify(editor.getJSON()))
      editor.commands.setContent(value ?? EMPTY, { emitUpdate: false });
  }, [editor, value]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e && {
        bold: e.isActive("bold"),
        italic: e.isActive("italic"),
        link: e.isActive("link"),
        bulletList: e.isActive("bulletList"),
        orderedList: e.isActive("orderedList"),
        blockquote: e.isActive("blockquote"),
        code: e.isActive("code"),
      },
  });

  const tool = (name: string, pressed: boolean | undefined, run: () => void) => (
    <button
      type="button"
      aria-pressed={pressed ?? false}
      onClick={run}
      className="rounded px-2 py-1 text-sm hover:bg-slate-200 aria-pressed:bg-slate-300 dark:hover:bg-slate-700 dark:aria-pressed:bg-slate-600"
    >
      {name}
    </button>
  );

  return (
    <div>
      <span id={labelId} className="text-sm font-medium">
        {label}
      </span>
      <div
        role="toolbar"
        aria-label={`${label} formatting`}
        className="mt-1 flex flex-wrap gap-1 rounded-t-md border border-b-0 border-slate-400 bg-slate-50 p-1 dark:border-slate-500 dark:bg-slate-800"
      >
        {tool("Bold", state?.bold, () => editor?.chain().focus().toggleBold().run())}
        {tool("Italic", state?.italic, () => editor?.chain().focus().toggleItalic().run())}
        {tool("Link", state?.link, () => {
          if (!editor) return;
          if (editor.isActive("link")) {
            editor.chain().focus().unsetLink().run();
            return;
          }
          const href = window.prompt("Link address (https://…)");
          if (href) editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
        })}
        {tool("Bullets", state?.bulletList, () => editor?.chain().focus().toggleBulletList().run())}
        {tool("Numbers", state?.orderedList, () => editor?.chain().focus().toggleOrderedList().run())}
        {tool("Quote", state?.blockquote, () => editor?.chain().focus().toggleBlockquote().run())}
        {tool("Code", state?.code, () => editor?.chain().focus().toggleCode().run())}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
