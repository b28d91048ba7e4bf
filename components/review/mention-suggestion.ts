import type { MentionOptions } from "@tiptap/extension-mention";

type Person = { id: string; name: string };
type Suggestion = NonNullable<MentionOptions["suggestion"]>;

/**
 * The @mention popup: a small listbox under the caret, driven by the arrow keys and Enter. Plain DOM, so the
 * editor needs no popup library.
 */
export function mentionSuggestion(people: Person[]): Partial<Suggestion> {
  return {
    items: ({ query }) => people.filter((p) => p.name.toLowerCase().includes(query.toLowerCase())).slice(0, 6),
    render: () => {
      let list: HTMLUListElement | null = null;
      let items: Person[] = [];
      let active = 0;
      let choose: (item: Person) => void = () => {};

      const draw = () => {
        if (!list) return;
        list.replaceChildren(
          ...items.map((person, i) => {
            const li = document.createElement("li");
            li.id = `mention-option-${i}`;
            li.role = "option";
            li.textContent = person.name;
            li.ariaSelected = String(i === active);
            li.className = `cursor-pointer px-3 py-1 ${i === active ? "bg-blue-100 dark:bg-blue-900" : ""}`;
            li.onmousedown = (event) => {
              event.preventDefault();
              choose(person);
            };
            return li;
          }),
        );
        if (items.length === 0)
          list.replaceChildren(
            Object.assign(document.createElement("li"), { textContent: "Nobody by that name", className: "px-3 py-1" }),
          );
      };
      const place = (rect: DOMRect | null | undefined) => {
        if (!list || !rect) return;
        list.style.left = `${rect.left + window.scrollX}px`;
        list.style.top = `${rect.bottom + window.scrollY + 4}px`;
      };

      return {
        onStart: (props) => {
          list = document.createElement("ul");
          list.role = "listbox";
          list.ariaLabel = "People to mention";
          list.className =
            "absolute z-50 min-w-48 rounded-md border border-slate-300 bg-white text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900";
          document.body.append(list);
          items = props.items as Person[];
          active = 0;
          choose = (person) => props.command({ id: person.id, label: person.name });
          draw();
          place(props.clientRect?.());
        },
        onUpdate: (props) => {
          items = props.items as Person[];
          active = Math.min(active, Math.max(0, items.length - 1));
          choose = (person) => props.command({ id: person.id, label: person.name });
          draw();
          place(props.clientRect?.());
        },
        onKeyDown: ({ event }) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            active = (active + (event.key === "ArrowDown" ? 1 : items.length - 1)) % Math.max(1, items.length);
            draw();
            return true;
          }
          const person = items[active];
          if (event.key === "Enter" && person) {
            choose(person);
            return true;
          }
          return event.key === "Escape";
        },
        onExit: () => {
          list?.remove();
          list = null;
        },
      };
    },
  };
}
